package io.cxonebatch.sandbox.internal;

/**
 * United Kingdom numbers as ten-digit national significant numbers (the digits after {@code +44}), and the ways
 * people write them. Every format carries the {@code +44} country code, so it parses to the same E.164 number
 * whatever default region the reader assumes; {@code 0044 ...} is left out because a reader defaulting to the US
 * takes {@code 00} for part of a North American number.
 *
 * <p>Fixed lines come from Ofcom's drama ranges that libphonenumber accepts as valid (it rejects 0115 496 0xxx);
 * mobiles from 07400, libphonenumber's own example range, because it rejects the drama mobiles 07700 900xxx.
 * Contacts and suppression-only entries draw from disjoint ranges, so a suppression-only number never matches.
 */
public final class UkNumbers {

    /** Number of formats {@link #format} knows. */
    public static final int FORMAT_COUNT = 6;

    /** London 020 7946 0xxx, Belfast 028 9649 6xxx, Cardiff 029 2018 0xxx, then 0121, 0131, 0141, 0151, 0161 496 0xxx. */
    private static final long[] CONTACT_FIXED_LINES = {2079460000L, 2896496000L, 2920180000L, 1214960000L, 1314960000L,
        1414960000L, 1514960000L, 1614960000L};
    /** 07400 1xxxxx. */
    private static final long CONTACT_MOBILES = 7400100000L;
    /** 0113, 0114, 0116, 0117, 0118 496 0xxx. */
    private static final long[] SUPPRESSION_ONLY_FIXED_LINES = {1134960000L, 1144960000L, 1164960000L, 1174960000L, 1184960000L};
    /** 07400 2xxxxx. */
    private static final long SUPPRESSION_ONLY_MOBILES = 7400200000L;

    private UkNumbers() {
    }

    /** Half mobiles, half fixed lines, from the ranges contacts use. */
    public static long contactNumber(long hash) {
        return number(hash, CONTACT_FIXED_LINES, CONTACT_MOBILES);
    }

    /** Half mobiles, half fixed lines, from ranges no contact uses. */
    public static long suppressionOnlyNumber(long hash) {
        return number(hash, SUPPRESSION_ONLY_FIXED_LINES, SUPPRESSION_ONLY_MOBILES);
    }

    /**
     * Writes a number, grouped as its kind is (London {@code 20 7946 0123}, other cities {@code 121 496 0123},
     * mobiles {@code 7400 123456}): 0 {@code +44 20 7946 0123}, 1 {@code +44 (0)20 7946 0123}, 2 {@code +442079460123},
     * 3 {@code +44 (0) 20 7946 0123}, 4 {@code +44-20-7946-0123}, 5 {@code +44 020 7946 0123}.
     */
    public static String format(int format, long national) {
        String digits = Long.toString(national);
        return switch (format) {
            case 0 -> "+44 " + grouped(digits, " ");
            case 1 -> "+44 (0)" + grouped(digits, " ");
            case 2 -> "+44" + digits;
            case 3 -> "+44 (0) " + grouped(digits, " ");
            case 4 -> "+44-" + grouped(digits, "-");
            case 5 -> "+44 0" + grouped(digits, " ");
            default -> throw new IllegalArgumentException("no UK phone format " + format);
        };
    }

    public static String e164(long national) {
        return "+44" + national;
    }

    private static long number(long hash, long[] fixedLines, long mobiles) {
        if (Mix.pick(Mix.mix(hash ^ 1), 2) == 0) {
            return mobiles + Mix.pick(Mix.mix(hash ^ 2), 100_000);
        }
        return fixedLines[Mix.pick(Mix.mix(hash ^ 3), fixedLines.length)] + Mix.pick(Mix.mix(hash ^ 2), 1_000);
    }

    private static String grouped(String digits, String separator) {
        return switch (digits.charAt(0)) {
            case '2' -> digits.substring(0, 2) + separator + digits.substring(2, 6) + separator + digits.substring(6);
            case '7' -> digits.substring(0, 4) + separator + digits.substring(4);
            default -> digits.substring(0, 3) + separator + digits.substring(3, 6) + separator + digits.substring(6);
        };
    }
}
