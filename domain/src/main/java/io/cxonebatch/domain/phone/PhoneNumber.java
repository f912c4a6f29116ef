package io.cxonebatch.domain.phone;

/**
 * A phone number in E.164 form ({@code +} followed by 8 to 15 digits). Build it through
 * {@link PhoneNumberNormalizer} from what people type; this constructor only checks the form.
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{7,14}")) {
            throw new IllegalArgumentException("not an E.164 number");
        }
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
