package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.List;
import java.util.Optional;

/**
 * The generated contact lists ({@link ContactRows}) and the suppression list ({@link SuppressionRows}) of one
 * sandbox: every row computed on its own from the seed, none held in memory, so a list of 5,000,000 pages at full
 * speed and any page costs what the first does.
 */
public final class PhoneBook {

    /** One suppression entry in this many repeats a contact's number, unless configured otherwise. */
    public static final int DEFAULT_MATCH_STRIDE = 50;

    private final List<SandboxContactList> lists;
    private final long suppressionCount;
    private final ContactRows contacts;
    private final SuppressionRows suppressions;

    /** @param matchStride one suppression entry in this many repeats a contact's number; at least 1 */
    public PhoneBook(long seed, List<SandboxContactList> lists, long suppressionCount, int matchStride) {
        if (matchStride < 1) {
            throw new IllegalArgumentException("matchStride must be at least 1, got " + matchStride);
        }
        this.lists = List.copyOf(lists);
        this.suppressionCount = suppressionCount;
        this.contacts = new ContactRows(seed, lists);
        this.suppressions = new SuppressionRows(seed, contacts, matchStride);
    }

    public List<SandboxContactList> lists() {
        return lists;
    }

    public Optional<SandboxContactList> list(String id) {
        return lists.stream().filter(list -> list.id().equals(id)).findFirst();
    }

    public long suppressionCount() {
        return suppressionCount;
    }

    /** Row {@code index} (from 0) of a list. */
    public GeneratedContact contact(SandboxContactList list, long index) {
        return contacts.contact(list, index);
    }

    /** Whether a row is a decoy, whose number is never suppressed and whose id some suppression entry carries. */
    public boolean isDecoy(SandboxContactList list, long index) {
        return contacts.isDecoy(list, index);
    }

    /** Entry {@code index} (from 0) of the suppression list. */
    public GeneratedSuppression suppression(long index) {
        return suppressions.entry(index);
    }
}
