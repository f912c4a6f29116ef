package io.cxonebatch.sandbox.internal.admin;

import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * The generated records of seeded DNC groups: record {@code i} of group {@code g} is a ten-digit North American
 * number computed from (g, i) alone, and the mapping can be inverted, so a group of millions is never held and a
 * lookup costs one multiplication.
 */
final class DncNumbers {

    private static final int[] AREA_CODES = {201, 303, 404, 505, 606, 707, 808, 909};
    private static final long SPAN = 8_000_000;
    private static final long STEP = 7_919;
    private static final long INVERSE = BigInteger.valueOf(STEP).modInverse(BigInteger.valueOf(SPAN)).longValue();

    private DncNumbers() {
    }

    /** Record {@code index} of seeded group {@code group}, as digits only. */
    static String number(int group, long index) {
        long local = Math.floorMod(index * STEP + group * 131L, SPAN);
        return Long.toString(area(group) * 10_000_000L + 2_000_000 + local);
    }

    /** The record index of a number in a seeded group, if the group's generator yields it. */
    static OptionalLong indexOf(int group, String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long national = Long.parseLong(digits);
        long rest = national % 10_000_000L - 2_000_000;
        if (national / 10_000_000L != area(group) || rest < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(BigInteger.valueOf(rest - group * 131L).multiply(BigInteger.valueOf(INVERSE))
                .mod(BigInteger.valueOf(SPAN)).longValue());
    }

    private static int area(int group) {
        return AREA_CODES[Math.floorMod(group, AREA_CODES.length)];
    }
}
