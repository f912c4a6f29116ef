package io.cxonebatch.sandbox.internal;

/**
 * The numbering plans generated numbers belong to. A row keeps its plan and its national number, so that a
 * suppression entry can write a contact's number again in another format of the same plan.
 */
public enum NumberPlan {

    /** Ten-digit numbers behind {@code +1}, written as {@link PhoneFormats} knows. */
    NORTH_AMERICA {
        @Override
        public int formatCount() {
            return PhoneFormats.COUNT;
        }

        @Override
        public String format(int format, long national) {
            return PhoneFormats.format(format, national);
        }

        @Override
        public String e164(long national) {
            return PhoneFormats.e164(national);
        }
    },

    /** Ten-digit national significant numbers behind {@code +44}, written as {@link UkNumbers} knows. */
    UNITED_KINGDOM {
        @Override
        public int formatCount() {
            return UkNumbers.FORMAT_COUNT;
        }

        @Override
        public String format(int format, long national) {
            return UkNumbers.format(format, national);
        }

        @Override
        public String e164(long national) {
            return UkNumbers.e164(national);
        }
    };

    /** How many formats {@link #format} knows, numbered from 0. */
    public abstract int formatCount();

    public abstract String format(int format, long national);

    public abstract String e164(long national);
}
