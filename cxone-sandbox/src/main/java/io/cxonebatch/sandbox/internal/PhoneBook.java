package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The generated contact lists and the suppression list, row by row from (seed, list id, row index), with no row
 * held in memory.
 *
 * <p>Contacts: area codes by region, 1.0 % of numbers unparseable ({@code N/A}, {@code 555-01}, ...), 3 % of the
 * parseable ones with an extension, formats spread over {@link PhoneFormats}. Suppressions: entries 1, 51, 101,
 * ... (one in fifty) repeat the number of a contact of the served lists (lists weighted by size, unparseable
 * contacts skipped) in another format; 0.5 % of the others are unparseable, the rest use area codes no contact
 * list uses, so they never match.
 */
public final class PhoneBook {

    private static final long CONTACT_SALT = 0xC0717AC7L;
    private static final long SUPPRESSION_SALT = 0x5AFEL;
    /** One suppression entry in this many repeats a contact's number. */
    public static final int MATCH_STRIDE = 50;

    private static final Map<String, int[]> AREA_CODES = Map.of(
            "NA-EAST", new int[] {212, 646, 718, 917, 617, 202, 305, 404, 215, 973},
            "NA-WEST", new int[] {415, 213, 310, 206, 503, 702, 619, 408, 602, 916},
            "NA-CENTRAL", new int[] {312, 214, 713, 612, 314, 816, 512, 414, 317, 504});
    private static final int[] OTHER_AREA_CODES = {212, 646, 617, 305, 415, 310, 206, 312, 214, 713};
    private static final int[] SUPPRESSION_ONLY_AREA_CODES = {808, 907, 208, 406, 701, 802, 207, 603};
    private static final String[] FIRST_NAMES = {"Ana", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro",
        "Ines", "Jamal", "Kate", "Luis", "Maya", "Noah", "Olga", "Priya"};
    private static final String[] LAST_NAMES = {"Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia",
        "Haddad", "Ivanova", "Johnson", "Kim", "Lopez", "Miller", "Nguyen", "Okafor", "Patel"};
    private static final String[] REASONS = {"DNC_REQUEST", "FEDERAL_DNC", "STATE_DNC", "LITIGATOR", "INTERNAL_DNC"};

    private final long seed;
    private final List<SandboxContactList> lists;
    private final long suppressionCount;
    private final long totalContacts;

    public PhoneBook(long seed, List<SandboxContactList> lists, long suppressionCount) {
        this.seed = seed;
        this.lists = List.copyOf(lists);
        this.suppressionCount = suppressionCount;
        this.totalContacts = lists.stream().mapToLong(SandboxContactList::size).sum();
    }

    public long suppressionCount() {
        return suppressionCount;
    }

    /** Row {@code index} (from 0) of a list. */
    public GeneratedContact contact(SandboxContactList list, long index) {
        long h = Mix.hash(seed, Mix.key(list.id()), index, CONTACT_SALT);
        long national = national(h, AREA_CODES.getOrDefault(list.region(), OTHER_AREA_CODES));
        String first = FIRST_NAMES[Mix.pick(Mix.mix(h ^ 7), FIRST_NAMES.length)];
        String last = LAST_NAMES[Mix.pick(Mix.mix(h ^ 8), LAST_NAMES.length)];
        String id = list.id() + "-" + (index + 1);
        if (Mix.pick(Mix.mix(h ^ 4), 1000) < 10) {
            return new GeneratedContact(id, PhoneFormats.unparseable(Mix.mix(h ^ 9)), null, national, -1, first, last, list.region());
        }
        int format = Mix.pick(Mix.mix(h ^ 5), PhoneFormats.COUNT);
        String phone = PhoneFormats.format(format, national);
        if (Mix.pick(Mix.mix(h ^ 6), 100) < 3) {
            phone += PhoneFormats.extension(Mix.mix(h ^ 10));
        }
        return new GeneratedContact(id, phone, PhoneFormats.e164(national), national, format, first, last, list.region());
    }

    /** Entry {@code index} (from 0) of the suppression list. */
    public GeneratedSuppression suppression(long index) {
        long h = Mix.hash(seed, SUPPRESSION_SALT, index);
        String id = "sup_" + (index + 1);
        String reason = REASONS[Mix.pick(Mix.mix(h ^ 5), REASONS.length)];
        if (index % MATCH_STRIDE == 0 && totalContacts > 0) {
            GeneratedContact contact = parseableContactNear(Mix.below(Mix.mix(h ^ 1), totalContacts));
            if (contact != null) {
                int format = (contact.format() + 1 + Mix.pick(Mix.mix(h ^ 2), PhoneFormats.COUNT - 1)) % PhoneFormats.COUNT;
                return new GeneratedSuppression(id, PhoneFormats.format(format, contact.national()), contact.e164(), reason);
            }
        }
        if (Mix.pick(Mix.mix(h ^ 3), 1000) < 5) {
            return new GeneratedSuppression(id, PhoneFormats.unparseable(Mix.mix(h ^ 6)), null, reason);
        }
        long national = national(Mix.mix(h ^ 11), SUPPRESSION_ONLY_AREA_CODES);
        return new GeneratedSuppression(id, PhoneFormats.format(Mix.pick(Mix.mix(h ^ 4), PhoneFormats.COUNT), national),
                PhoneFormats.e164(national), reason);
    }

    /** How many contacts of the list normalise to a suppressed E.164 number; reads every row once. */
    public long suppressedContacts(SandboxContactList list) {
        Set<String> suppressed = new HashSet<>();
        for (long i = 0; i < suppressionCount; i++) {
            String e164 = suppression(i).e164();
            if (e164 != null) {
                suppressed.add(e164);
            }
        }
        long count = 0;
        for (long i = 0; i < list.size(); i++) {
            String e164 = contact(list, i).e164();
            if (e164 != null && suppressed.contains(e164)) {
                count++;
            }
        }
        return count;
    }

    /** The first parseable contact at or after a global row position (lists in order, wrapping), or null if none is. */
    private @Nullable GeneratedContact parseableContactNear(long position) {
        for (long step = 0; step < totalContacts; step++) {
            long at = (position + step) % totalContacts;
            for (SandboxContactList list : lists) {
                if (at < list.size()) {
                    GeneratedContact contact = contact(list, at);
                    if (contact.e164() != null) {
                        return contact;
                    }
                    break;
                }
                at -= list.size();
            }
        }
        return null;
    }

    /** A valid North American number: exchange 200-999 without N11, 555, 950, 958, 959 or 976. */
    private static long national(long h, int[] areaCodes) {
        int area = areaCodes[Mix.pick(Mix.mix(h ^ 1), areaCodes.length)];
        int exchange = 200 + Mix.pick(Mix.mix(h ^ 2), 800);
        while (exchange % 100 == 11 || exchange == 555 || exchange == 950 || exchange == 958 || exchange == 959 || exchange == 976) {
            exchange = exchange == 999 ? 200 : exchange + 1;
        }
        int line = Mix.pick(Mix.mix(h ^ 3), 10_000);
        return area * 10_000_000L + exchange * 10_000L + line;
    }
}
