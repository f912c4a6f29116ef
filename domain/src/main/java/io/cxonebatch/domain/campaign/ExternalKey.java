package io.cxonebatch.domain.campaign;

/** The plan's own stable key for a campaign; provisioning is idempotent on it. */
public record ExternalKey(String value) {

    public ExternalKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("external key must not be blank");
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
