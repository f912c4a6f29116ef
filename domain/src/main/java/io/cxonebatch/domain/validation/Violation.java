package io.cxonebatch.domain.validation;

/**
 * One broken rule: a stable code for machines, the field it concerns and a message a person understands.
 *
 * @param code stable, upper-snake-case identifier such as {@code ABANDON_THRESHOLD_ABOVE_LEGAL_MAXIMUM}
 * @param field the input field (plan column) the rule is about
 * @param message what is wrong, naming the values involved
 */
public record Violation(String code, String field, String message) {

    public Violation {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("violation code must not be blank");
        }
        if (!isUpperSnakeCase(code)) {
            throw new IllegalArgumentException("violation code '" + code + "' must be upper snake case");
        }
        if (field == null) {
            throw new IllegalArgumentException("violation field must not be null");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("violation message must not be blank");
        }
    }

    public static Violation of(String code, String field, String message) {
        return new Violation(code, field, message);
    }

    private static boolean isUpperSnakeCase(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return code.charAt(0) != '_' && code.charAt(code.length() - 1) != '_';
    }

    @Override
    public String toString() {
        return code + " [" + field + "]: " + message;
    }
}
