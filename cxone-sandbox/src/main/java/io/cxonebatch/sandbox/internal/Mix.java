package io.cxonebatch.sandbox.internal;

import java.nio.charset.StandardCharsets;

/**
 * Stateless 64-bit hashing: everything the sandbox generates is a function of the seed and a few keys through
 * these, so that any row can be produced on its own, in any order, on any thread.
 */
public final class Mix {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {
    }

    /** SplitMix64's finaliser: a bijection that spreads every input bit over the output. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of the seed and the parts, order-sensitive. */
    public static long hash(long seed, long... parts) {
        long h = mix(seed + GOLDEN);
        for (long part : parts) {
            h = mix(h ^ (part + GOLDEN));
        }
        return h;
    }

    /** A 64-bit FNV-1a key of a string, stable across JVMs (unlike {@link String#hashCode()} it is 64 bits wide). */
    public static long key(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** A number in [0, 1) from a hash. */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** A number in [0, bound) from a hash; bound is positive. */
    public static long below(long hash, long bound) {
        return Long.remainderUnsigned(hash, bound);
    }

    /** An int in [0, bound) from a hash; bound is positive. */
    public static int pick(long hash, int bound) {
        return (int) Long.remainderUnsigned(hash, bound);
    }
}
