package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the generated contact lists, each from (seed, list id, row index) alone, so that any page of any
 * size of list costs the same.
 *
 * <p>Per row: 1.0 % of numbers unparseable; 2 % of the others UK numbers ({@link UkNumbers}); the rest North
 * American numbers of the row's region; 3 % of the parseable ones with an extension. One row in each block of
 * {@value #DECOY_BLOCK} (at an offset drawn per block) is a decoy instead: its number is on exchange 555, which no
 * other row and no suppression entry ever uses, so it is never suppressed. Suppression entries borrow decoys' ids,
 * to catch a cross-reference that matches by id.
 */
public final class ContactRows {

    static final int DECOY_BLOCK = 100;

    private static final long CONTACT_SALT = 0xC0717AC7L;
    private static final long DECOY_SALT = 0xDEC0L;
    private static final String[] FIRST_NAMES = {"Ana", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro",
        "Ines", "Jamal", "Kate", "Luis", "Maya", "Noah", "Olga", "Priya"};
    private static final String[] LAST_NAMES = {"Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia",
        "Haddad", "Ivanova", "Johnson", "Kim", "Lopez", "Miller", "Nguyen", "Okafor", "Patel"};

    private enum Kind { UNPARSEABLE, NORTH_AMERICAN, UNITED_KINGDOM, DECOY }

    private static final Set<Kind> MATCHABLE = EnumSet.of(Kind.NORTH_AMERICAN, Kind.UNITED_KINGDOM);
    private static final Set<Kind> UNITED_KINGDOM_ONLY = EnumSet.of(Kind.UNITED_KINGDOM);

    private final long seed;
    private final List<SandboxContactList> lists;
    private final long totalContacts;
    private final long decoyCount;

    public ContactRows(long seed, List<SandboxContactList> lists) {
        this.seed = seed;
        this.lists = List.copyOf(lists);
        this.totalContacts = lists.stream().mapToLong(SandboxContactList::size).sum();
        this.decoyCount = lists.stream().mapToLong(this::decoysIn).sum();
    }

    /** Rows of every list together. */
    public long totalContacts() {
        return totalContacts;
    }

    /** Decoy rows of every list together. */
    public long decoyCount() {
        return decoyCount;
    }

    /** Row {@code index} (from 0) of a list. */
    public GeneratedContact contact(SandboxContactList list, long index) {
        long h = rowHash(list, index);
        String id = list.id() + "-" + (index + 1);
        String region = list.regions().size() == 1 ? list.regions().get(0)
                : list.regions().get(Mix.pick(Mix.mix(h ^ 13), list.regions().size()));
        String first = FIRST_NAMES[Mix.pick(Mix.mix(h ^ 7), FIRST_NAMES.length)];
        String last = LAST_NAMES[Mix.pick(Mix.mix(h ^ 8), LAST_NAMES.length)];
        Kind kind = kind(list, index, h);
        if (kind == Kind.UNPARSEABLE) {
            return new GeneratedContact(id, PhoneFormats.unparseable(Mix.mix(h ^ 9)), null, NumberPlan.NORTH_AMERICA,
                    NorthAmericanNumbers.contactNumber(h, region), -1, first, last, region);
        }
        NumberPlan plan = kind == Kind.UNITED_KINGDOM ? NumberPlan.UNITED_KINGDOM : NumberPlan.NORTH_AMERICA;
        long national = switch (kind) {
            case UNITED_KINGDOM -> UkNumbers.contactNumber(Mix.mix(h ^ 14));
            case DECOY -> NorthAmericanNumbers.reservedNumber(h, region);
            default -> NorthAmericanNumbers.contactNumber(h, region);
        };
        int format = Mix.pick(Mix.mix(h ^ 5), plan.formatCount());
        String phone = plan.format(format, national);
        if (Mix.pick(Mix.mix(h ^ 6), 100) < 3) {
            phone += PhoneFormats.extension(Mix.mix(h ^ 10));
        }
        return new GeneratedContact(id, phone, plan.e164(national), plan, national, format, first, last, region);
    }

    /** Whether a row is a decoy: one per block of {@value #DECOY_BLOCK} rows. */
    public boolean isDecoy(SandboxContactList list, long index) {
        return index % DECOY_BLOCK == decoyOffset(list, index / DECOY_BLOCK);
    }

    /** Decoy {@code ordinal} (from 0, below {@link #decoyCount()}) counting through the lists in order. */
    public GeneratedContact decoy(long ordinal) {
        long remaining = ordinal;
        for (SandboxContactList list : lists) {
            long inList = decoysIn(list);
            if (remaining < inList) {
                return contact(list, remaining * DECOY_BLOCK + decoyOffset(list, remaining));
            }
            remaining -= inList;
        }
        throw new IllegalArgumentException("no decoy " + ordinal + " among " + decoyCount);
    }

    /**
     * The first row at or after a position counted through all lists (wrapping) that a suppression entry may
     * repeat: parseable and not a decoy, and a UK number when asked and the lists have any. Null when no row fits.
     */
    public @Nullable GeneratedContact matchableContactNear(long position, boolean unitedKingdom) {
        GeneratedContact found = unitedKingdom ? firstNear(position, UNITED_KINGDOM_ONLY) : null;
        return found != null ? found : firstNear(position, MATCHABLE);
    }

    private @Nullable GeneratedContact firstNear(long position, Set<Kind> wanted) {
        if (totalContacts == 0) {
            return null;
        }
        int at = 0;
        long row = position % totalContacts;
        while (row >= lists.get(at).size()) {
            row -= lists.get(at).size();
            at++;
        }
        for (long step = 0; step < totalContacts; step++) {
            SandboxContactList list = lists.get(at);
            if (wanted.contains(kind(list, row, rowHash(list, row)))) {
                return contact(list, row);
            }
            row++;
            while (row >= lists.get(at).size()) {
                row = 0;
                at = (at + 1) % lists.size();
            }
        }
        return null;
    }

    private Kind kind(SandboxContactList list, long index, long h) {
        if (isDecoy(list, index)) {
            return Kind.DECOY;
        }
        if (Mix.pick(Mix.mix(h ^ 4), 1000) < 10) {
            return Kind.UNPARSEABLE;
        }
        return Mix.pick(Mix.mix(h ^ 12), 1000) < 20 ? Kind.UNITED_KINGDOM : Kind.NORTH_AMERICAN;
    }

    private long decoysIn(SandboxContactList list) {
        long fullBlocks = list.size() / DECOY_BLOCK;
        long rest = list.size() % DECOY_BLOCK;
        return fullBlocks + (rest > decoyOffset(list, fullBlocks) ? 1 : 0);
    }

    private int decoyOffset(SandboxContactList list, long block) {
        return Mix.pick(Mix.hash(seed, Mix.key(list.id()), block, DECOY_SALT), DECOY_BLOCK);
    }

    private long rowHash(SandboxContactList list, long index) {
        return Mix.hash(seed, Mix.key(list.id()), index, CONTACT_SALT);
    }
}
