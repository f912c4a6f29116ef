package io.cxonebatch.sandbox.internal;

import java.util.Map;

/**
 * Ten-digit North American numbers from a hash, each valid for libphonenumber. Three disjoint kinds, so that what
 * may match is decided by construction: contact numbers use real area codes of the row's region and exchanges
 * 200-999 without N11, 555, 950, 958, 959 or 976; reserved numbers use the same area codes on exchange 555, which
 * nothing else uses; suppression-only numbers use area codes no region uses.
 */
public final class NorthAmericanNumbers {

    private static final Map<String, int[]> AREA_CODES = Map.of(
            "NA-EAST", new int[] {212, 646, 718, 917, 617, 202, 305, 404, 215, 973},
            "NA-WEST", new int[] {415, 213, 310, 206, 503, 702, 619, 408, 602, 916},
            "NA-CENTRAL", new int[] {312, 214, 713, 612, 314, 816, 512, 414, 317, 504});
    private static final int[] OTHER_AREA_CODES = {212, 646, 617, 305, 415, 310, 206, 312, 214, 713};
    private static final int[] SUPPRESSION_ONLY_AREA_CODES = {808, 907, 208, 406, 701, 802, 207, 603};
    private static final int RESERVED_EXCHANGE = 555;

    private NorthAmericanNumbers() {
    }

    /** A contact's number in one of the region's area codes (a mix of big cities for other regions). */
    public static long contactNumber(long hash, String region) {
        return number(area(hash, areaCodes(region)), exchange(hash), hash);
    }

    /** A number of the region on exchange 555: no contact number and no suppression entry is ever one. */
    public static long reservedNumber(long hash, String region) {
        return number(area(hash, areaCodes(region)), RESERVED_EXCHANGE, hash);
    }

    /** A number in an area code that no region uses, so it never matches a contact. */
    public static long suppressionOnlyNumber(long hash) {
        return number(area(hash, SUPPRESSION_ONLY_AREA_CODES), exchange(hash), hash);
    }

    private static int[] areaCodes(String region) {
        return AREA_CODES.getOrDefault(region, OTHER_AREA_CODES);
    }

    private static int area(long hash, int[] areaCodes) {
        return areaCodes[Mix.pick(Mix.mix(hash ^ 1), areaCodes.length)];
    }

    /** 200-999 without N11, 555, 950, 958, 959 or 976. */
    private static int exchange(long hash) {
        int exchange = 200 + Mix.pick(Mix.mix(hash ^ 2), 800);
        while (exchange % 100 == 11 || exchange == RESERVED_EXCHANGE || exchange == 950 || exchange == 958
                || exchange == 959 || exchange == 976) {
            exchange = exchange == 999 ? 200 : exchange + 1;
        }
        return exchange;
    }

    private static long number(int area, int exchange, long hash) {
        return area * 10_000_000L + exchange * 10_000L + Mix.pick(Mix.mix(hash ^ 3), 10_000);
    }
}
