package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.sandbox.SandboxContactList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PhoneBookTest {

    private static final SandboxContactList EAST = new SandboxContactList("list_east", 10_000, "NA-EAST");
    private final PhoneBook phoneBook = new PhoneBook(42, List.of(EAST), 1_000, PhoneBook.DEFAULT_MATCH_STRIDE);

    @Test
    void aRowIsAPureFunctionOfSeedListAndIndex() {
        assertThat(new PhoneBook(42, List.of(EAST), 1_000, 50).contact(EAST, 1234)).isEqualTo(phoneBook.contact(EAST, 1234));
        assertThat(new PhoneBook(43, List.of(EAST), 1_000, 50).contact(EAST, 1234)).isNotEqualTo(phoneBook.contact(EAST, 1234));
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

        for (long index = 0; index < 1_000; index += PhoneBook.DEFAULT_MATCH_STRIDE) {
            GeneratedSuppression entry = phoneBook.suppression(index);

            assertThat(typedByE164).containsKey(entry.e164());
            assertThat(entry.phoneNumber()).isNotEqualTo(typedByE164.get(entry.e164()));
        }
        assertThat(new GroundTruth(phoneBook).suppressedContactIds(EAST)).hasSizeBetween(1, 20);
    }

    @Test
    void otherSuppressionsUseNumbersNoContactUses() {
        for (long index = 1; index < 1_000; index++) {
            String e164 = phoneBook.suppression(index).e164();
            if (index % PhoneBook.DEFAULT_MATCH_STRIDE != 0 && e164 != null) {
                assertThat(e164).matches("\\+1(808|907|208|406|701|802|207|603)\\d{7}|\\+44(11[34678]4960\\d{3}|74002\\d{5})");
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
    void formatsOneUkNumberOfEachKindInEveryKnownWay() {
        assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(format -> UkNumbers.format(format, 2_079_460_123L)).containsExactly(
                "+44 20 7946 0123", "+44 (0)20 7946 0123", "+442079460123", "+44 (0) 20 7946 0123", "+44-20-7946-0123",
                "+44 020 7946 0123");
        assertThat(UkNumbers.format(1, 1_214_960_123L)).isEqualTo("+44 (0)121 496 0123");
        assertThat(UkNumbers.format(4, 7_400_123_456L)).isEqualTo("+44-7400-123456");
        assertThat(UkNumbers.e164(7_400_123_456L)).isEqualTo("+447400123456");
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

    @Test
    void twoPercentOfContactsCarryUkNumbers() {
        long uk = LongStream.range(0, EAST.size()).mapToObj(index -> phoneBook.contact(EAST, index))
                .filter(contact -> contact.plan() == NumberPlan.UNITED_KINGDOM)
                .peek(contact -> assertThat(contact.e164()).startsWith("+44").hasSize(13))
                .count();

        assertThat(uk).isBetween(150L, 250L);
    }

    @Test
    void oneRowInEveryHundredIsADecoyOnExchange555() {
        for (long block = 0; block < EAST.size() / 100; block++) {
            List<GeneratedContact> decoys = LongStream.range(block * 100, block * 100 + 100)
                    .filter(index -> phoneBook.isDecoy(EAST, index)).mapToObj(index -> phoneBook.contact(EAST, index)).toList();

            assertThat(decoys).singleElement().satisfies(decoy -> assertThat(decoy.e164()).matches("\\+1\\d{3}555\\d{4}"));
        }
        assertThat(LongStream.range(0, EAST.size()).filter(index -> !phoneBook.isDecoy(EAST, index))
                .mapToObj(index -> phoneBook.contact(EAST, index).e164()))
                .noneMatch(e164 -> e164 != null && e164.matches("\\+1\\d{3}555\\d{4}"));
    }

    @Test
    void aMixedListDrawsEachRowsRegionEvenlyAmongItsRegions() {
        SandboxContactList mixed = new SandboxContactList("list_mixed", 3_000, "NA-EAST", "NA-WEST", "NA-CENTRAL");
        PhoneBook book = new PhoneBook(42, List.of(mixed), 100, 50);

        Map<String, Long> byRegion = LongStream.range(0, mixed.size()).mapToObj(index -> book.contact(mixed, index).region())
                .collect(Collectors.groupingBy(region -> region, Collectors.counting()));

        assertThat(byRegion).containsOnlyKeys("NA-EAST", "NA-WEST", "NA-CENTRAL")
                .allSatisfy((region, count) -> assertThat(count).isBetween(850L, 1_150L));
        assertThat(book.contact(mixed, 17)).isEqualTo(new PhoneBook(42, List.of(mixed), 100, 50).contact(mixed, 17));
    }
}
