package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.cxonebatch.sandbox.internal.SandboxOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox as the ground truth of a suppression cross-reference: what the HTTP API serves, normalised by an
 * independent libphonenumber (default region US), must give exactly the inspection's answers, and the data must
 * hold the cases a careless job gets wrong (UK numbers, one number suppressed twice, entry ids equal to contact ids).
 */
class SuppressionCrossReferenceIT {

    private static final List<String> LISTS = List.of("list_east", "list_mixed");

    private static CxoneSandbox sandbox;
    private static SandboxClient client;
    private static final Map<String, List<JsonNode>> CONTACTS = new HashMap<>();
    private static List<JsonNode> suppressions;
    private static final Map<String, Set<String>> REASONS_BY_NUMBER = new HashMap<>();

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder()
                .contactList("list_east", 4_000, "NA-EAST")
                .contactList("list_mixed", 3_000, "NA-EAST", "NA-WEST", "NA-CENTRAL")
                .suppressionCount(3_000)
                .suppressionMatchStride(10)
                .start();
        client = SandboxClient.connect(sandbox);
        LISTS.forEach(list -> CONTACTS.put(list, contacts(client, list)));
        suppressions = Pages.readAll(client, "/api/v2/outbound/suppressions?limit=1000", "entity", 10);
        for (JsonNode entry : suppressions) {
            PhoneNormalizer.e164(entry.path("phoneNumber").asString()).ifPresent(e164 ->
                    REASONS_BY_NUMBER.computeIfAbsent(e164, key -> new TreeSet<>()).add(entry.path("reason").asString()));
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void suppressedContactIdsAreWhatAnIndependentCrossReferenceByNumberFinds() {
        for (String list : LISTS) {
            List<String> found = CONTACTS.get(list).stream()
                    .filter(contact -> e164(contact).filter(REASONS_BY_NUMBER::containsKey).isPresent())
                    .map(SuppressionCrossReferenceIT::id).sorted().toList();

            assertThat(found).as(list).hasSizeGreaterThan(50);
            assertThat(sandbox.inspect().expectedSuppressedContactIds(list)).as(list).isEqualTo(found);
            assertThat(sandbox.inspect().expectedSuppressedContacts(list)).as(list).isEqualTo(found.size());
        }
    }

    @Test
    void unparseableContactIdsAreThoseLibphonenumberRejects() {
        for (String list : LISTS) {
            List<String> rejected = CONTACTS.get(list).stream().filter(contact -> e164(contact).isEmpty())
                    .map(SuppressionCrossReferenceIT::id).sorted().toList();

            assertThat(rejected).as(list).hasSizeGreaterThan(10);
            assertThat(sandbox.inspect().expectedUnparseableContactIds(list)).as(list).isEqualTo(rejected);
        }
    }

    @Test
    void eligibleContactIdsAreTheParseableUnsuppressedOnesOfTheRegionIgnoringCase() {
        for (String list : LISTS) {
            for (String region : new String[] {null, "NA-EAST", "na-west", "Na-Central", "EU-NORTH"}) {
                List<String> eligible = CONTACTS.get(list).stream()
                        .filter(contact -> e164(contact).filter(e164 -> !REASONS_BY_NUMBER.containsKey(e164)).isPresent())
                        .filter(contact -> region == null || region(contact).equalsIgnoreCase(region))
                        .map(SuppressionCrossReferenceIT::id).sorted().toList();

                assertThat(sandbox.inspect().expectedEligibleContactIds(list, region)).as(list + " in " + region).isEqualTo(eligible);
            }
        }
        assertThat(sandbox.inspect().expectedEligibleContactIds("list_mixed", "na-west")).hasSizeGreaterThan(800);
        assertThat(sandbox.inspect().expectedEligibleContactIds("list_east", "NA-WEST")).isEmpty();
    }

    @Test
    void reasonsAreTheDistinctReasonsOfEveryEntryCarryingTheContactsNumber() {
        for (String list : LISTS) {
            Set<String> suppressed = new HashSet<>(sandbox.inspect().expectedSuppressedContactIds(list));
            List<JsonNode> rows = CONTACTS.get(list);
            List<JsonNode> checked = IntStream.range(0, rows.size()).filter(row -> row < 200 || suppressed.contains(id(rows.get(row))))
                    .mapToObj(rows::get).toList();

            for (JsonNode contact : checked) {
                List<String> reasons = e164(contact).map(e164 -> List.copyOf(REASONS_BY_NUMBER.getOrDefault(e164, Set.of()))).orElse(List.of());
                assertThat(sandbox.inspect().expectedReasons(list, id(contact))).as(id(contact)).isEqualTo(reasons);
            }
        }
        assertThatIllegalArgumentException().isThrownBy(() -> sandbox.inspect().expectedReasons("list_east", "list_east-4001"));
        assertThatIllegalArgumentException().isThrownBy(() -> sandbox.inspect().expectedReasons("list_east", "list_mixed-1"));
    }

    @Test
    void aCrossReferenceByIdFindsOtherContactsThanOneByNumber() {
        Set<String> entryIds = suppressions.stream().map(SuppressionCrossReferenceIT::id).collect(Collectors.toSet());
        for (String list : LISTS) {
            List<JsonNode> sharingAnId = CONTACTS.get(list).stream().filter(contact -> entryIds.contains(id(contact))).toList();
            List<String> ids = sharingAnId.stream().map(SuppressionCrossReferenceIT::id).sorted().toList();

            assertThat(sandbox.inspect().contactIdsEqualToSuppressionIds(list)).as(list).isEqualTo(ids);
            assertThat(ids).as(list).hasSizeGreaterThan(3).doesNotContainAnyElementsOf(sandbox.inspect().expectedSuppressedContactIds(list));
            assertThat(sharingAnId).allSatisfy(contact -> assertThat(e164(contact)).hasValueSatisfying(
                    e164 -> assertThat(REASONS_BY_NUMBER).doesNotContainKey(e164)));
        }
        assertThat(suppressions).extracting(SuppressionCrossReferenceIT::id).doesNotHaveDuplicates();
    }

    @Test
    void aSmallShareOfNumbersAreUkNumbersThatReadTheSameWhateverTheDefaultRegion() {
        List<JsonNode> all = CONTACTS.values().stream().flatMap(List::stream).toList();
        List<String> ukTyped = all.stream().map(SuppressionCrossReferenceIT::phone)
                .filter(typed -> PhoneNormalizer.e164(typed).filter(e164 -> e164.startsWith("+44")).isPresent()).toList();

        assertThat(ukTyped.size()).isBetween(all.size() / 100, all.size() * 35 / 1000);
        for (String typed : ukTyped) {
            for (String region : List.of("GB", "DE", "FR", "JP")) {
                assertThat(e164In(typed, region)).as(typed + " read in " + region).isEqualTo(PhoneNormalizer.e164(typed).orElseThrow());
            }
        }
        assertThat(ukTyped).anyMatch(typed -> typed.matches("\\+44 [127]\\d+ \\d+.*"))
                .anyMatch(typed -> typed.startsWith("+44 (0)") && !typed.startsWith("+44 (0) "))
                .anyMatch(typed -> typed.startsWith("+44 (0) "))
                .anyMatch(typed -> typed.matches("\\+44\\d{10}"))
                .anyMatch(typed -> typed.startsWith("+44-"))
                .anyMatch(typed -> typed.startsWith("+44 0"));
        for (String list : LISTS) {
            assertThat(sandbox.inspect().expectedSuppressedContactIds(list)).as(list).anyMatch(id -> isUk(contact(list, id)));
        }
        Set<String> contactNumbers = all.stream().map(SuppressionCrossReferenceIT::e164).flatMap(Optional::stream).collect(Collectors.toSet());
        List<String> ukNumbersNotOnAnyList = suppressions.stream().map(SuppressionCrossReferenceIT::phone).map(PhoneNormalizer::e164)
                .flatMap(Optional::stream).filter(e164 -> e164.startsWith("+44") && !contactNumbers.contains(e164)).toList();
        assertThat(ukNumbersNotOnAnyList).isNotEmpty();
    }

    @Test
    void someContactsAreSuppressedTwiceInTwoFormatsAndReportedOnceWithBothReasons() {
        Map<String, List<JsonNode>> entriesByNumber = new HashMap<>();
        suppressions.forEach(entry -> PhoneNormalizer.e164(phone(entry))
                .ifPresent(e164 -> entriesByNumber.computeIfAbsent(e164, key -> new ArrayList<>()).add(entry)));
        List<String> twiceSuppressedUk = new ArrayList<>();
        List<String> twiceSuppressedNorthAmerican = new ArrayList<>();
        for (String list : LISTS) {
            List<String> suppressedIds = sandbox.inspect().expectedSuppressedContactIds(list);
            assertThat(suppressedIds).doesNotHaveDuplicates();
            for (String id : suppressedIds) {
                String e164 = e164(contact(list, id)).orElseThrow();
                List<JsonNode> entries = entriesByNumber.get(e164);
                Set<String> typed = entries.stream().map(SuppressionCrossReferenceIT::phone).collect(Collectors.toSet());
                Set<String> reasons = entries.stream().map(entry -> entry.path("reason").asString()).collect(Collectors.toCollection(TreeSet::new));
                assertThat(sandbox.inspect().expectedReasons(list, id)).as(id).containsExactlyElementsOf(reasons);
                if (typed.size() >= 2 && reasons.size() >= 2) {
                    (e164.startsWith("+44") ? twiceSuppressedUk : twiceSuppressedNorthAmerican).add(id);
                }
            }
        }
        assertThat(twiceSuppressedUk).hasSizeGreaterThan(5);
        assertThat(twiceSuppressedNorthAmerican).hasSizeGreaterThan(5);
    }

    @Test
    void aMixedListDrawsItsRegionsRowByRowAndTheirAreaCodes() {
        Map<String, Long> byRegion = CONTACTS.get("list_mixed").stream()
                .collect(Collectors.groupingBy(SuppressionCrossReferenceIT::region, Collectors.counting()));

        assertThat(byRegion).containsOnlyKeys("NA-EAST", "NA-WEST", "NA-CENTRAL").allSatisfy((region, count) -> assertThat(count).isBetween(800L, 1_200L));
        assertThat(CONTACTS.get("list_east")).allSatisfy(contact -> assertThat(region(contact)).isEqualTo("NA-EAST"));
        assertThat(sandbox.inspect().contactLists()).contains(new SandboxContactList("list_mixed", 3_000, "NA-EAST", "NA-WEST", "NA-CENTRAL"));
        Set<String> westAreaCodes = Set.of("415", "213", "310", "206", "503", "702", "619", "408", "602", "916");
        assertThat(CONTACTS.get("list_mixed").stream().filter(contact -> region(contact).equals("NA-WEST")).map(SuppressionCrossReferenceIT::e164)
                .flatMap(Optional::stream).filter(e164 -> e164.startsWith("+1")).toList())
                .hasSizeGreaterThan(800).allSatisfy(e164 -> assertThat(westAreaCodes).contains(e164.substring(2, 5)));
    }

    @Test
    void anUnknownListAnswersNotFoundAndTheInspectionRefusesIt() {
        Reply reply = client.get("/api/v2/outbound/contactlists/list_gone/contacts?limit=250&page=1");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.text("message")).contains("list_gone");
        assertThatIllegalArgumentException().isThrownBy(() -> sandbox.inspect().expectedSuppressedContactIds("list_gone"))
                .withMessageContaining("list_gone");
        assertThatIllegalArgumentException().isThrownBy(() -> sandbox.inspect().expectedEligibleContactIds("list_gone", null));
    }

    @Test
    void theMatchStrideSetsHowManyEntriesRepeatAContactsNumber() {
        try (CxoneSandbox fivePercent = CxoneSandbox.builder().contactList("list_bench", 5_000, "NA-WEST")
                .suppressionCount(2_000).suppressionMatchStride(20).start()) {
            SandboxClient benchClient = SandboxClient.connect(fivePercent);

            assertThat(entriesMatchingAContact(benchClient, "list_bench", 2)).isEqualTo(100);
        }
    }

    @Test
    void theCommandLineDeclaresMixedListsAndTheMatchStride() {
        SandboxOptions.Target options = SandboxOptions.parse("--port", "0", "--contact-list", "list_cli:500:NA-EAST,NA-CENTRAL",
                "--suppressions", "50", "--suppression-match-stride", "1");
        try (CxoneSandbox fromCli = options.builder.start()) {
            assertThat(fromCli.inspect().contactLists()).containsExactly(new SandboxContactList("list_cli", 500, "NA-EAST", "NA-CENTRAL"));
            assertThat(entriesMatchingAContact(SandboxClient.connect(fromCli), "list_cli", 1)).isEqualTo(50);
        }
    }

    private static long entriesMatchingAContact(SandboxClient sandboxClient, String list, int pages) {
        Set<String> numbers = contacts(sandboxClient, list).stream().map(SuppressionCrossReferenceIT::e164).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return Pages.readAll(sandboxClient, "/api/v2/outbound/suppressions?limit=1000", "entity", pages).stream()
                .map(SuppressionCrossReferenceIT::phone).map(PhoneNormalizer::e164).flatMap(Optional::stream).filter(numbers::contains).count();
    }

    private static List<JsonNode> contacts(SandboxClient sandboxClient, String list) {
        return Pages.readAll(sandboxClient, "/api/v2/outbound/contactlists/" + list + "/contacts?limit=1000", "entity", 10);
    }

    private static JsonNode contact(String list, String id) {
        return CONTACTS.get(list).stream().filter(contact -> id(contact).equals(id)).findFirst().orElseThrow();
    }

    private static boolean isUk(JsonNode contact) {
        return e164(contact).filter(e164 -> e164.startsWith("+44")).isPresent();
    }

    private static String id(JsonNode row) {
        return row.path("id").asString();
    }

    /** The typed number of a contact or of a suppression entry. */
    private static String phone(JsonNode row) {
        return row.has("fields") ? row.path("fields").path("phoneNumber").asString() : row.path("phoneNumber").asString();
    }

    private static String region(JsonNode contact) {
        return contact.path("fields").path("region").asString();
    }

    private static Optional<String> e164(JsonNode contact) {
        return PhoneNormalizer.e164(phone(contact));
    }

    private static String e164In(String typed, String region) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.format(util.parse(typed, region), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return "unparseable in " + region.toLowerCase(Locale.ROOT);
        }
    }
}
