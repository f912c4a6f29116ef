package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Rows are computed on their own: a page deep in a huge list costs what the first page does, and a list far bigger
 * than any memory is served as easily as a small one, which shows that nothing is held per row.
 */
class LargeListTest {

    @Test
    void aPageDeepInABillionRowListIsGeneratedWithoutTheRowsBeforeIt() {
        SandboxContactList list = new SandboxContactList("list_billion", 1_000_000_000L, "NA-EAST", "NA-WEST");
        PhoneBook phoneBook = new PhoneBook(42, List.of(list), 1_000_000_000L, 20);
        long started = System.nanoTime();

        List<GeneratedContact> contacts = LongStream.range(999_999_000L, 1_000_000_000L).mapToObj(index -> phoneBook.contact(list, index)).toList();
        List<GeneratedSuppression> entries = LongStream.range(999_999_000L, 1_000_000_000L).mapToObj(phoneBook::suppression).toList();

        assertThat(System.nanoTime() - started).as("nanoseconds for 1,000 contacts and 1,000 entries").isLessThan(2_000_000_000L);
        assertThat(contacts.get(999).id()).isEqualTo("list_billion-1000000000");
        assertThat(entries.get(999).id()).isEqualTo("sup_1000000000");
        assertThat(entries).filteredOn(entry -> entry.id().startsWith("list_billion-")).hasSizeBetween(5, 10);
        PhoneBook fresh = new PhoneBook(42, List.of(list), 1_000_000_000L, 20);
        assertThat(fresh.contact(list, 999_999_500L)).isEqualTo(contacts.get(500));
        assertThat(fresh.suppression(999_999_500L)).isEqualTo(entries.get(500));
    }

    @Test
    void aListFarLargerThanAnyMemoryServesItsLastRowsAtOnce() {
        long size = 1_000_000_000_000_000L;
        SandboxContactList list = new SandboxContactList("list_vast", size, "NA-CENTRAL");
        PhoneBook phoneBook = new PhoneBook(7, List.of(list), size, 20);

        assertThat(phoneBook.contact(list, size - 1).id()).isEqualTo("list_vast-" + size);
        assertThat(phoneBook.suppression(size - 1).id()).isNotBlank();
        assertThat(phoneBook.suppression(size - 20).e164()).isNotNull();
    }
}
