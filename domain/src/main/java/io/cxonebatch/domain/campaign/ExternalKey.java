package io.cxonebatch.domain.campaign;

/**
 * The plan's own stable key for a campaign; provisioning is idempotent on it. At most {@value #MAX_LENGTH}
 * characters: it is a database key and an audit reference, and a longer one could be sent to CXone and then fail
 * to be recorded.
 */
public record ExternalKey(String value) {

    public static final int MAX_LENGTH = 128;

    public ExternalKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("external key must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("external key has " + value.codePointCount(0, value.length())
                    + " characters; at most " + MAX_LENGTH + " are allowed");
        }
    }

    public static ExternalKey of(String value) {
        return new ExternalKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
