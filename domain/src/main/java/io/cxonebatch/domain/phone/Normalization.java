package io.cxonebatch.domain.phone;

/** The outcome of normalising one text to E.164; see {@link PhoneNumberNormalizer}. */
public sealed interface Normalization permits Normalization.Normalized, Normalization.Unusable {

    /** The text is a possible number; {@code number} is its E.164 form (any extension dropped). */
    record Normalized(PhoneNumber number) implements Normalization {

        public Normalized {
            if (number == null) {
                throw new IllegalArgumentException("a normalised result needs a number");
            }
        }
    }

    /** The text cannot be a phone number, for {@code reason}. */
    record Unusable(UnusableReason reason) implements Normalization {

        public Unusable {
            if (reason == null) {
                throw new IllegalArgumentException("an unusable result needs a reason");
            }
        }
    }

    default boolean isUsable() {
        return this instanceof Normalized;
    }
}
