package io.cxonebatch.domain.phone;

import org.jspecify.annotations.Nullable;

/**
 * A phone number in E.164 form ({@code +} followed by 8 to 15 digits). Build it through
 * {@link PhoneNumberNormalizer} from what people type; this constructor only checks the form. Its
 * {@link #toString()} is masked, so a number never reaches a log in the clear by accident.
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (!isE164(e164)) {
            throw new IllegalArgumentException("not an E.164 number (+ then 8 to 15 digits, no leading 0); value withheld");
        }
    }

    public static PhoneNumber of(String e164) {
        return new PhoneNumber(e164);
    }

    /** Whether {@code text} has the E.164 form, {@code +[1-9][0-9]{7,14}}; checked without a regex, for bulk use. */
    public static boolean isE164(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        if (length < 9 || length > 16 || text.charAt(0) != '+' || text.charAt(1) < '1' || text.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** This number masked by {@link #mask(String)}, e.g. {@code +*******0147} for {@code +12125550147}; for logs. */
    public String masked() {
        return mask(e164);
    }

    /**
     * The product's one masking rule for phone numbers, for logs, messages and audit rows: every digit but the last
     * four becomes {@code *}, everything else (a leading {@code +}, spaces, brackets, dashes) stays where it is, so
     * {@code +12125550147} becomes {@code +*******0147} and {@code (212) 555-0147} becomes {@code (***) ***-0147}.
     * Text with fewer than four digits has all of them masked. It takes one number as written, E.164 or not, valid
     * or not; given a longer text it keeps the last four digits of the whole text, not of each number in it.
     *
     * @param raw a phone number as written, in any form
     * @return {@code raw} with every digit except the last four replaced by {@code *}
     */
    public static String mask(String raw) {
        int digits = (int) raw.chars().filter(Character::isDigit).count();
        int shown = digits < 4 ? 0 : 4;
        StringBuilder masked = new StringBuilder(raw.length());
        int seen = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen > digits - shown ? c : '*');
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    @Override
    public String toString() {
        return masked();
    }
}
