package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a correct cross-reference of the generated data finds, worked out from the generated rows themselves
 * (matching by E.164, extensions ignored). Every call reads the whole suppression list and the list again and keeps
 * nothing afterwards, so the sandbox's memory stays flat between calls; a call does build a set of every suppressed
 * number, which suits test sizes, not a list of millions. Ids come sorted in {@link String} order.
 */
public final class GroundTruth {

    private final PhoneBook phoneBook;

    public GroundTruth(PhoneBook phoneBook) {
        this.phoneBook = phoneBook;
    }

    /** Contacts whose number is on the suppression list. */
    public List<String> suppressedContactIds(SandboxContactList list) {
        Set<String> suppressed = suppressedNumbers();
        return ids(list, contact -> contact.e164() != null && suppressed.contains(contact.e164()));
    }

    /** Contacts whose number cannot be parsed. */
    public List<String> unparseableContactIds(SandboxContactList list) {
        return ids(list, contact -> contact.e164() == null);
    }

    /** Contacts with a parseable number that is not suppressed, in {@code region} (ignoring case) when one is given. */
    public List<String> eligibleContactIds(SandboxContactList list, @Nullable String region) {
        Set<String> suppressed = suppressedNumbers();
        return ids(list, contact -> contact.e164() != null && !suppressed.contains(contact.e164())
                && (region == null || contact.region().toUpperCase(Locale.ROOT).equals(region.toUpperCase(Locale.ROOT))));
    }

    /** Contacts whose id is also the id of a suppression entry: what a cross-reference by id would wrongly report. */
    public List<String> contactIdsEqualToSuppressionIds(SandboxContactList list) {
        Set<String> entryIds = new HashSet<>();
        suppressions().forEach(entry -> entryIds.add(entry.id()));
        return LongStream.range(0, list.size()).mapToObj(index -> list.id() + "-" + (index + 1))
                .filter(entryIds::contains).sorted().toList();
    }

    /**
     * The distinct reasons, sorted, of every suppression entry whose number is the contact's; empty when it is not
     * suppressed.
     *
     * @throws IllegalArgumentException when {@code contactId} is no row of the list
     */
    public List<String> reasons(SandboxContactList list, String contactId) {
        String e164 = phoneBook.contact(list, rowOf(list, contactId)).e164();
        if (e164 == null) {
            return List.of();
        }
        Set<String> reasons = new TreeSet<>();
        suppressions().filter(entry -> e164.equals(entry.e164())).forEach(entry -> reasons.add(entry.reason()));
        return List.copyOf(reasons);
    }

    private Set<String> suppressedNumbers() {
        Set<String> numbers = new HashSet<>();
        suppressions().forEach(entry -> {
            if (entry.e164() != null) {
                numbers.add(entry.e164());
            }
        });
        return numbers;
    }

    private Stream<GeneratedSuppression> suppressions() {
        return LongStream.range(0, phoneBook.suppressionCount()).mapToObj(phoneBook::suppression);
    }

    private List<String> ids(SandboxContactList list, Predicate<GeneratedContact> wanted) {
        return LongStream.range(0, list.size()).mapToObj(index -> phoneBook.contact(list, index))
                .filter(wanted).map(GeneratedContact::id).sorted().toList();
    }

    private static long rowOf(SandboxContactList list, String contactId) {
        String prefix = list.id() + "-";
        String number = contactId.startsWith(prefix) ? contactId.substring(prefix.length()) : "";
        if (number.matches("[1-9][0-9]{0,17}") && Long.parseLong(number) <= list.size()) {
            return Long.parseLong(number) - 1;
        }
        throw new IllegalArgumentException("contact " + contactId + " is not a row of " + list.id()
                + " (ids " + prefix + "1 to " + prefix + list.size() + ")");
    }
}
