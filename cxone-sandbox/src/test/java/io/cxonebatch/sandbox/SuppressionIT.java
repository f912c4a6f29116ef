package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SuppressionIT {

    private static CxoneSandbox sandbox;
    private static SandboxClient client;
    private static List<JsonNode> suppressions;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().start();
        client = SandboxClient.connect(sandbox);
        suppressions = Pages.readAll(client, "/api/v2/outbound/suppressions?limit=1000&page=1", "entity", 10);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void pagesThroughEveryEntryOfTheSuppressionList() {
        assertThat(suppressions).hasSize(5_000);
        assertThat(suppressions).extracting(entry -> entry.path("id").asString()).doesNotHaveDuplicates();
        assertThat(suppressions).allSatisfy(entry -> assertThat(entry.path("reason").asString()).isNotBlank());
    }

    @Test
    void exactlyOneEntryInFiftyRepeatsAContactsNumberInAnotherFormat() {
        Map<String, String> typedByE164 = new HashMap<>();
        for (SandboxContactList list : sandbox.inspect().contactLists()) {
            for (JsonNode contact : contacts(list.id())) {
                String typed = contact.path("fields").path("phoneNumber").asString();
                PhoneNormalizer.e164(typed).ifPresent(e164 -> typedByE164.put(e164, typed));
            }
        }

        long matching = 0;
        for (JsonNode entry : suppressions) {
            String typed = entry.path("phoneNumber").asString();
            Optional<String> e164 = PhoneNormalizer.e164(typed);
            if (e164.isPresent() && typedByE164.containsKey(e164.get())) {
                matching++;
                assertThat(typed).isNotEqualTo(typedByE164.get(e164.get()));
            }
        }
        assertThat(matching).isEqualTo(5_000 / 50);
    }

    @Test
    void expectedSuppressedContactsIsWhatAnIndependentCrossReferenceFinds() {
        Set<String> suppressed = new HashSet<>();
        suppressions.forEach(entry -> PhoneNormalizer.e164(entry.path("phoneNumber").asString()).ifPresent(suppressed::add));

        long total = 0;
        for (SandboxContactList list : sandbox.inspect().contactLists()) {
            long found = contacts(list.id()).stream()
                    .map(contact -> PhoneNormalizer.e164(contact.path("fields").path("phoneNumber").asString()))
                    .filter(e164 -> e164.isPresent() && suppressed.contains(e164.get()))
                    .count();
            assertThat(sandbox.inspect().expectedSuppressedContacts(list.id())).as(list.id()).isEqualTo(found);
            total += found;
        }
        assertThat(sandbox.inspect().expectedSuppressedContacts("list_east")).isPositive();
        // 100 matching entries, of which 20 repeat the number of the entry before them.
        assertThat(total).isGreaterThanOrEqualTo(75);
    }

    @Test
    void everyParseableGeneratedNumberIsAValidNumber() {
        List<String> parseable = contacts("list_west").stream()
                .map(contact -> contact.path("fields").path("phoneNumber").asString())
                .filter(typed -> typed.chars().filter(Character::isDigit).count() >= 10)
                .toList();

        assertThat(parseable).hasSizeGreaterThan(9_800)
                .allSatisfy(typed -> assertThat(PhoneNormalizer.e164(typed)).as(typed).isPresent());
        assertThat(suppressions.stream().filter(entry -> PhoneNormalizer.e164(entry.path("phoneNumber").asString()).isEmpty()).count())
                .isBetween(5L, 60L);
    }

    @Test
    void refusesToCountForAListItDoesNotServe() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sandbox.inspect().expectedSuppressedContacts("list_mars"))
                .withMessageContaining("list_mars");
    }

    private static List<JsonNode> contacts(String listId) {
        return Pages.readAll(client, "/api/v2/outbound/contactlists/" + listId + "/contacts?limit=1000", "entity", 20);
    }
}
