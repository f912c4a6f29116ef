package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneBookTest {

    private static final SandboxContactList EAST = new SandboxContactList("list_east", 10_000, "NA-EAST");
    private final PhoneBook phoneBook = new PhoneBook(42, List.of(EAST), 1_000);

    @Test
    void aRowIsAPureFunctionOfSeedListAndIndex() {
        assertThat(new PhoneBook(42, List.of(EAST), 1_000).contact(EAST, 1234)).isEqualTo(phoneBook.contact(EAST, 1234));
        assertThat(new PhoneBook(43, List.of(EAST), 1_000).contact(EAST, 1234)).isNotEqualTo(phoneBook.contact(EAST, 1234));
        assertThat(phoneBook.contact(EAST, 1234)).isNotEqualTo(phoneBook.contact(EAST, 1235));
    }

    @Test
    void everyFiftiethSuppressionRepeatsAContactOfTheListInAnotherFormat() {
        Map<String, String> typedByE164 = new HashMap<>();
        for (long index = 0; index < EAST.size(); index++) {
            GeneratedContact contact = phoneBook.contact(EAST, index);
            if (contact.e164() != null) {
                typedByE164.put(contact.e164(), contact.phoneNumber());
            }
        }

        for (long index = 0; index < 1_000; index += PhoneBook.MATCH_STRIDE) {
            GeneratedSuppression entry = phoneBook.suppression(index);

            assertThat(typedByE164).containsKey(entry.e164());
            assertThat(entry.phoneNumber()).isNotEqualTo(typedByE164.get(entry.e164()));
        }
        assertThat(phoneBook.suppressedContacts(EAST)).isBetween(1L, 20L);
    }

    @Test
    void otherSuppressionsUseAreaCodesNoContactListUses() {
        for (long index = 1; index < 1_000; index++) {
            if (index % PhoneBook.MATCH_STRIDE != 0 && phoneBook.suppression(index).e164() != null) {
                assertThat(phoneBook.suppression(index).e164()).matches("\\+1(808|907|208|406|701|802|207|603)\\d{7}");
            }
        }
    }

    @Test
    void formatsOneNumberInEveryKnownWay() {
        long number = 2_125_550_147L;

        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7)).extracting(format -> PhoneFormats.format(format, number)).containsExactly(
                "+1 212-555-0147", "(212) 555-0147", "212.555.0147", "1-212-555-0147", "2125550147", "+12125550147",
                "212-555-0147", "+1 (212) 555-0147");
    }

    @Test
    void anUnparseableContactHasNoE164() {
        long unparseable = 0;
        for (long index = 0; index < EAST.size(); index++) {
            GeneratedContact contact = phoneBook.contact(EAST, index);
            if (contact.e164() == null) {
                unparseable++;
                assertThat(contact.format()).isEqualTo(-1);
                assertThat(contact.phoneNumber()).isIn("N/A", "555-01", "unknown", "tbd");
            }
        }
        assertThat(unparseable).isBetween(50L, 150L);
    }
}
