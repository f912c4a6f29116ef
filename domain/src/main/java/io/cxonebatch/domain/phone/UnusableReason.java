package io.cxonebatch.domain.phone;

/** Why a text could not be normalised to an E.164 number. None of these carries the text itself. */
public enum UnusableReason {
    EMPTY("no number given"),
    NOT_A_NUMBER("does not look like a phone number"),
    INVALID_COUNTRY_CODE("has no valid country calling code"),
    TOO_SHORT("has too few digits for its country"),
    TOO_LONG("has too many digits for its country"),
    INVALID_LENGTH("has a digit count no number of its country has"),
    LOCAL_ONLY("is a local number without an area code");

    private final String description;

    UnusableReason(String description) {
        this.description = description;
    }

    /** A phrase for reports: "the number " + description. */
    public String description() {
        return description;
    }
}
