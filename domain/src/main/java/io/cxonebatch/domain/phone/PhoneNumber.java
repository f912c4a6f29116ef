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

    /** The number with all but its last four digits masked, for logs. */
    public String masked() {
        return e164.substring(0, Math.min(3, e164.length())) + "*".repeat(Math.max(0, e164.length() - 7))
                + e164.substring(e164.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
