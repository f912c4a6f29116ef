package io.cxonebatch.sandbox.internal;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The suppression list, entry by entry from (seed, entry index) alone.
 *
 * <p>Entry {@code j} is a matching entry when {@code j} is a multiple of the match stride: it repeats the number
 * of a parseable, non-decoy contact in another format of the number's plan. Of every ten matching entries
 * ({@code k = j / stride}), the second ({@code k % 10 == 1}) repeats a UK contact; the third and the seventh repeat
 * the number of the matching entry just before them in a third format with another reason, so one contact is
 * suppressed twice (a UK number and, mostly, a North American one). Those repeated entries are never repeated
 * again, so no entry needs more than one other to be computed.
 *
 * <p>The other entries never match: 0.5 % are unparseable, 2 % of the rest are UK numbers and the others North
 * American numbers, from ranges no contact uses. In each block of {@value #ID_BLOCK} entries one non-matching
 * entry (at an offset drawn per block) carries the id of a decoy contact instead of {@code sup_(j+1)}: a different
 * decoy for every block, spread over the lists, while decoys last. A decoy's number is never suppressed, so a
 * cross-reference by id finds those contacts and one by number does not.
 */
public final class SuppressionRows {

    static final int ID_BLOCK = 100;
    static final int UNITED_KINGDOM_POSITION = 1;

    private static final long SUPPRESSION_SALT = 0x5AFEL;
    private static final long BORROWED_ID_SALT = 0xB0DDL;
    private static final String[] REASONS = {"DNC_REQUEST", "FEDERAL_DNC", "STATE_DNC", "LITIGATOR", "INTERNAL_DNC"};

    private final long seed;
    private final ContactRows contacts;
    private final int matchStride;
    private final long decoySpread;
    private final long decoyStart;

    /** @param matchStride one entry in this many repeats a contact's number; at least 1 */
    public SuppressionRows(long seed, ContactRows contacts, int matchStride) {
        this.seed = seed;
        this.contacts = contacts;
        this.matchStride = matchStride;
        long decoys = contacts.decoyCount();
        this.decoySpread = decoys == 0 ? 0 : coprimeNear((long) (decoys * 0.618), decoys);
        this.decoyStart = decoys == 0 ? 0 : Mix.below(Mix.hash(seed, BORROWED_ID_SALT), decoys);
    }

    /** Whether matching entry {@code k} repeats the number of matching entry {@code k - 1}. */
    static boolean repeatsPrevious(long k) {
        return k % 10 == 2 || k % 10 == 6;
    }

    /** Entry {@code index} (from 0). */
    public GeneratedSuppression entry(long index) {
        if (index % matchStride == 0) {
            Match match = match(index / matchStride);
            if (match != null) {
                return new GeneratedSuppression("sup_" + (index + 1), match.phoneNumber(), match.contact().e164(),
                        REASONS[match.reason()]);
            }
        }
        long h = hash(index);
        String id = borrowsDecoyId(index) ? contacts.decoy(decoyFor(index / ID_BLOCK)).id() : "sup_" + (index + 1);
        String reason = REASONS[reason(h)];
        if (Mix.pick(Mix.mix(h ^ 3), 1000) < 5) {
            return new GeneratedSuppression(id, PhoneFormats.unparseable(Mix.mix(h ^ 6)), null, reason);
        }
        NumberPlan plan = Mix.pick(Mix.mix(h ^ 12), 1000) < 20 ? NumberPlan.UNITED_KINGDOM : NumberPlan.NORTH_AMERICA;
        long national = plan == NumberPlan.UNITED_KINGDOM ? UkNumbers.suppressionOnlyNumber(Mix.mix(h ^ 14))
                : NorthAmericanNumbers.suppressionOnlyNumber(Mix.mix(h ^ 11));
        return new GeneratedSuppression(id, plan.format(Mix.pick(Mix.mix(h ^ 4), plan.formatCount()), national),
                plan.e164(national), reason);
    }

    /** A contact's number written again, with the entry's reason (an index of {@link #REASONS}). */
    private record Match(GeneratedContact contact, int format, int reason) {

        String phoneNumber() {
            return contact.plan().format(format, contact.national());
        }
    }

    private @Nullable Match match(long k) {
        if (!repeatsPrevious(k)) {
            return firstMatch(k);
        }
        Match earlier = firstMatch(k - 1);
        if (earlier == null) {
            return null;
        }
        long h = hash(k * matchStride);
        int format = formatOtherThan(earlier.contact().plan().formatCount(), earlier.contact().format(), earlier.format(),
                Mix.mix(h ^ 2));
        int reason = (earlier.reason() + 1 + Mix.pick(Mix.mix(h ^ 5), REASONS.length - 1)) % REASONS.length;
        return new Match(earlier.contact(), format, reason);
    }

    private @Nullable Match firstMatch(long k) {
        if (contacts.totalContacts() == 0) {
            return null;
        }
        long h = hash(k * matchStride);
        GeneratedContact contact = contacts.matchableContactNear(Mix.below(Mix.mix(h ^ 1), contacts.totalContacts()),
                k % 10 == UNITED_KINGDOM_POSITION);
        if (contact == null) {
            return null;
        }
        int count = contact.plan().formatCount();
        int format = (contact.format() + 1 + Mix.pick(Mix.mix(h ^ 2), count - 1)) % count;
        return new Match(contact, format, reason(h));
    }

    private boolean borrowsDecoyId(long index) {
        long block = index / ID_BLOCK;
        return block < contacts.decoyCount() && index % matchStride != 0
                && index % ID_BLOCK == Mix.pick(Mix.hash(seed, BORROWED_ID_SALT, block), ID_BLOCK);
    }

    /** A bijection of the blocks below the decoy count onto the decoys, so no two entries borrow one id. */
    private long decoyFor(long block) {
        return BigInteger.valueOf(block).multiply(BigInteger.valueOf(decoySpread)).add(BigInteger.valueOf(decoyStart))
                .mod(BigInteger.valueOf(contacts.decoyCount())).longValue();
    }

    private long hash(long index) {
        return Mix.hash(seed, SUPPRESSION_SALT, index);
    }

    private static int reason(long h) {
        return Mix.pick(Mix.mix(h ^ 5), REASONS.length);
    }

    /** A format of {@code count} that is neither {@code first} nor {@code second}. */
    private static int formatOtherThan(int count, int first, int second, long hash) {
        int choice = Mix.pick(hash, count - (first == second ? 1 : 2));
        for (int format = 0; ; format++) {
            if (format != first && format != second && choice-- == 0) {
                return format;
            }
        }
    }

    private static long coprimeNear(long candidate, long modulus) {
        long value = Math.max(1, candidate);
        while (BigInteger.valueOf(value).gcd(BigInteger.valueOf(modulus)).longValue() != 1) {
            value++;
        }
        return value;
    }
}
