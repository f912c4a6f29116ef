package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SuppressionRowsTest {

    private static final SandboxContactList EAST = new SandboxContactList("list_east", 10_000, "NA-EAST");
    private static final SandboxContactList WEST = new SandboxContactList("list_west", 6_000, "NA-WEST");
    private static final int STRIDE = 10;
    private static final long ENTRIES = 4_000;

    private final PhoneBook phoneBook = new PhoneBook(42, List.of(EAST, WEST), ENTRIES, STRIDE);
    private final Map<String, GeneratedContact> contactsByE164 = contactsByE164(phoneBook);

    @Test
    void theSecondOfEveryTenMatchingEntriesRepeatsAUkContact() {
        for (long k = SuppressionRows.UNITED_KINGDOM_POSITION; k * STRIDE < ENTRIES; k += 10) {
            GeneratedSuppression entry = phoneBook.suppression(k * STRIDE);

            assertThat(entry.e164()).startsWith("+44");
            assertThat(contactsByE164).containsKey(entry.e164());
        }
    }

    @Test
    void theThirdAndSeventhOfEveryTenRepeatThePreviousNumberInAThirdFormatWithAnotherReason() {
        long repeated = 0;
        for (long k = 1; k * STRIDE < ENTRIES; k++) {
            if (SuppressionRows.repeatsPrevious(k)) {
                GeneratedSuppression earlier = phoneBook.suppression((k - 1) * STRIDE);
                GeneratedSuppression entry = phoneBook.suppression(k * STRIDE);
                GeneratedContact contact = contactsByE164.get(entry.e164());

                assertThat(entry.e164()).isEqualTo(earlier.e164()).isNotNull();
                assertThat(entry.phoneNumber()).isNotEqualTo(earlier.phoneNumber()).isNotEqualTo(contact.phoneNumber());
                assertThat(entry.reason()).isNotEqualTo(earlier.reason());
                repeated++;
            }
        }
        assertThat(repeated).isEqualTo(80);
    }

    @Test
    void borrowedIdsAreDistinctDecoysWhoseNumbersAreNeverSuppressed() {
        Set<String> suppressedNumbers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Map<Long, Long> borrowedPerBlock = new HashMap<>();
        for (long index = 0; index < ENTRIES; index++) {
            GeneratedSuppression entry = phoneBook.suppression(index);
            assertThat(ids.add(entry.id())).as(entry.id()).isTrue();
            if (entry.e164() != null) {
                suppressedNumbers.add(entry.e164());
            }
            if (!entry.id().startsWith("sup_")) {
                assertThat(index % STRIDE).isNotZero();
                borrowedPerBlock.merge(index / SuppressionRows.ID_BLOCK, 1L, Long::sum);
            }
        }

        List<GeneratedContact> decoys = LongStream.range(0, EAST.size() + WEST.size())
                .mapToObj(position -> position < EAST.size() ? row(EAST, position) : row(WEST, position - EAST.size()))
                .filter(contact -> ids.contains(contact.id()))
                .toList();
        assertThat(borrowedPerBlock.values()).allMatch(count -> count == 1);
        assertThat(decoys).hasSize(borrowedPerBlock.size()).hasSizeGreaterThan(30)
                .anyMatch(contact -> contact.id().startsWith("list_east-"))
                .anyMatch(contact -> contact.id().startsWith("list_west-"))
                .allSatisfy(contact -> assertThat(suppressedNumbers).doesNotContain(contact.e164()));
    }

    @Test
    void theMatchStrideSetsExactlyHowManyEntriesRepeatAContactsNumber() {
        assertThat(matchingEntries(phoneBook, ENTRIES)).isEqualTo(ENTRIES / STRIDE);

        PhoneBook everyEntry = new PhoneBook(42, List.of(EAST), 500, 1);
        assertThat(matchingEntries(everyEntry, 500)).isEqualTo(500);

        PhoneBook fivePercent = new PhoneBook(42, List.of(EAST), 2_001, 20);
        assertThat(matchingEntries(fivePercent, 2_001)).isEqualTo(101);
    }

    @Test
    void withoutContactsNoEntryMatchesAndNoneBorrowsAnId() {
        SandboxContactList empty = new SandboxContactList("list_empty", 0, "NA-EAST");
        PhoneBook book = new PhoneBook(42, List.of(empty), 300, 10);

        assertThat(LongStream.range(0, 300).mapToObj(book::suppression))
                .allSatisfy(entry -> assertThat(entry.id()).startsWith("sup_"))
                .allSatisfy(entry -> assertThat(entry.e164() == null ? "" : entry.e164())
                        .matches("|\\+1(808|907|208|406|701|802|207|603)\\d{7}|\\+44(11[34678]4960\\d{3}|74002\\d{5})"));
    }

    private GeneratedContact row(SandboxContactList list, long index) {
        return phoneBook.contact(list, index);
    }

    private static long matchingEntries(PhoneBook book, long entries) {
        Map<String, GeneratedContact> contacts = contactsByE164(book);
        return LongStream.range(0, entries).mapToObj(book::suppression)
                .filter(entry -> entry.e164() != null && contacts.containsKey(entry.e164())).count();
    }

    private static Map<String, GeneratedContact> contactsByE164(PhoneBook book) {
        Map<String, GeneratedContact> byE164 = new HashMap<>();
        for (SandboxContactList list : book.lists()) {
            for (long index = 0; index < list.size(); index++) {
                GeneratedContact contact = book.contact(list, index);
                if (contact.e164() != null) {
                    byE164.put(contact.e164(), contact);
                }
            }
        }
        return byE164;
    }
}
