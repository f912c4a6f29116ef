package io.cxonebatch.sandbox.internal;

/**
 * How people type North American numbers, from a ten-digit national number. Every format here parses to the
 * same E.164 number ({@code +1} and the ten digits), an extension included; {@link #UNPARSEABLE} never does.
 */
public final class PhoneFormats {

    /** Number of formats {@link #format} knows. */
    public static final int COUNT = 8;

    static final String[] UNPARSEABLE = {"N/A", "555-01", "unknown", "tbd"};

    private static final String[] EXTENSION_PREFIXES = {" ext. ", " x", " ext "};

    private PhoneFormats() {
    }

    /**
     * Formats a ten-digit number: 0 {@code +1 212-555-0147}, 1 {@code (212) 555-0147}, 2 {@code 212.555.0147},
     * 3 {@code 1-212-555-0147}, 4 {@code 2125550147}, 5 {@code +12125550147}, 6 {@code 212-555-0147},
     * 7 {@code +1 (212) 555-0147}.
     */
    public static String format(int format, long national) {
        String digits = Long.toString(national);
        String area = digits.substring(0, 3);
        String exchange = digits.substring(3, 6);
        String line = digits.substring(6);
        return switch (format) {
            case 0 -> "+1 " + area + "-" + exchange + "-" + line;
            case 1 -> "(" + area + ") " + exchange + "-" + line;
            case 2 -> area + "." + exchange + "." + line;
            case 3 -> "1-" + area + "-" + exchange + "-" + line;
            case 4 -> digits;
            case 5 -> "+1" + digits;
            case 6 -> area + "-" + exchange + "-" + line;
            case 7 -> "+1 (" + area + ") " + exchange + "-" + line;
            default -> throw new IllegalArgumentException("no phone format " + format);
        };
    }

    /** An extension suffix such as {@code " ext. 12"}, chosen by the hash. */
    public static String extension(long hash) {
        return EXTENSION_PREFIXES[Mix.pick(hash, EXTENSION_PREFIXES.length)] + (1 + Mix.pick(Mix.mix(hash), 999));
    }

    public static String unparseable(long hash) {
        return UNPARSEABLE[Mix.pick(hash, UNPARSEABLE.length)];
    }

    /** The E.164 form of a ten-digit North American number. */
    public static String e164(long national) {
        return "+1" + national;
    }
}
