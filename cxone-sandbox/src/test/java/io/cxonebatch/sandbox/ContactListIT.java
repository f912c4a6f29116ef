package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactListIT {

    private static CxoneSandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().start();
        client = SandboxClient.connect(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void servesTheFourDefaultListsWhenNoneAreConfigured() {
        assertThat(sandbox.inspect().contactLists()).containsExactly(
                new SandboxContactList("list_east", 10_000, "NA-EAST"),
                new SandboxContactList("list_west", 10_000, "NA-WEST"),
                new SandboxContactList("list_central", 5_000, "NA-CENTRAL"),
                new SandboxContactList("list_preview", 1_000, "NA-EAST"));
    }

    @Test
    void pagesThroughAListToItsLastPageReadingEveryRowExactlyOnce() {
        List<JsonNode> rows = Pages.readAll(client, "/api/v2/outbound/contactlists/list_central/contacts?limit=1000&page=1", "entity", 10);

        assertThat(rows).hasSize(5_000);
        assertThat(rows).extracting(row -> row.path("id").asString()).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> assertThat(row.path("fields").path("region").asString()).isEqualTo("NA-CENTRAL"));
    }

    @Test
    void pagesThroughAListWhoseSizeIsNotAMultipleOfTheLimit() {
        try (CxoneSandbox odd = CxoneSandbox.builder().contactList("list_odd", 2_345, "NA-WEST").start()) {
            SandboxClient oddClient = SandboxClient.connect(odd);

            List<JsonNode> rows = Pages.readAll(oddClient, "/api/v2/outbound/contactlists/list_odd/contacts?limit=250", "entity", 20);

            assertThat(rows).hasSize(2_345);
            assertThat(rows).extracting(row -> row.path("id").asString()).doesNotHaveDuplicates();
            assertThat(oddClient.get("/api/v2/outbound/contactlists/list_east/contacts").status()).isEqualTo(404);
        }
    }

    @Test
    void followsAbsoluteNextPageUrisWhenSwitchedOn() {
        sandbox.faults().absoluteNextPageUris(true);
        try {
            Reply first = client.get("/api/v2/outbound/contactlists/list_preview/contacts?limit=400");

            assertThat(first.text("nextPageUri"))
                    .isEqualTo(sandbox.baseUrl() + "/api/v2/outbound/contactlists/list_preview/contacts?page=2&limit=400");
            assertThat(Pages.readAll(client, first.text("nextPageUri"), "entity", 5)).hasSize(600);
        } finally {
            sandbox.faults().absoluteNextPageUris(false);
        }
    }

    @Test
    void phoneNumbersComeInTheMessyFormatsPeopleType() {
        List<String> phones = Pages.readAll(client, "/api/v2/outbound/contactlists/list_east/contacts?limit=1000", "entity", 20)
                .stream().map(row -> row.path("fields").path("phoneNumber").asString()).toList();

        assertThat(phones).anyMatch(matches("\\+1 \\d{3}-\\d{3}-\\d{4}"))
                .anyMatch(matches("\\(\\d{3}\\) \\d{3}-\\d{4}"))
                .anyMatch(matches("\\d{3}\\.\\d{3}\\.\\d{4}"))
                .anyMatch(matches("1-\\d{3}-\\d{3}-\\d{4}"))
                .anyMatch(matches("\\d{10}"))
                .anyMatch(matches("\\+1\\d{10}"))
                .anyMatch(matches(".* ext\\. \\d+"))
                .anyMatch(matches(".* x\\d+"))
                .anyMatch(matches("N/A"))
                .anyMatch(matches("555-01"));
        long unparseable = phones.stream().filter(phone -> phone.chars().filter(Character::isDigit).count() < 10).count();
        assertThat(unparseable).isBetween(50L, 150L);
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        String page = "/api/v2/outbound/contactlists/list_west/contacts?limit=50&page=7";
        try (CxoneSandbox same = CxoneSandbox.builder().start(); CxoneSandbox other = CxoneSandbox.builder().seed(43).start()) {
            JsonNode original = client.get(page).json();

            assertThat(SandboxClient.connect(same).get(page).json()).isEqualTo(original);
            assertThat(SandboxClient.connect(other).get(page).json()).isNotEqualTo(original);
        }
    }

    @Test
    void answersNotFoundForAnUnknownListAndBadRequestForALimitAboveOneThousand() {
        assertThat(client.get("/api/v2/outbound/contactlists/list_mars/contacts").status()).isEqualTo(404);
        assertThat(client.get("/api/v2/outbound/contactlists/list_east/contacts?limit=1001").status()).isEqualTo(400);
    }

    @Test
    void answersAOneRowProbeWithAtMostOneEntityAndNotFoundForAnUnknownList() {
        Reply known = client.get("/api/v2/outbound/contactlists/list_preview/contacts?limit=1&page=1");
        Reply unknown = client.get("/api/v2/outbound/contactlists/list_mars/contacts?limit=1&page=1");

        assertThat(known.status()).isEqualTo(200);
        assertThat(known.json().path("entity").values()).singleElement()
                .satisfies(row -> assertThat(row.path("id").asString()).isEqualTo("list_preview-1"));
        assertThat(known.text("nextPageUri")).isEqualTo("/api/v2/outbound/contactlists/list_preview/contacts?page=2&limit=1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("status").asInt()).isEqualTo(404);
        assertThat(unknown.text("message")).contains("list_mars");
    }

    @Test
    void answersAOneRowProbeOfAnEmptyListWithNoEntity() {
        try (CxoneSandbox empty = CxoneSandbox.builder().contactList("list_empty", 0, "NA-EAST").start()) {
            Reply reply = SandboxClient.connect(empty).get("/api/v2/outbound/contactlists/list_empty/contacts?limit=1&page=1");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("entity").values()).isEmpty();
            assertThat(reply.json().path("nextPageUri").isNull()).isTrue();
        }
    }

    @Test
    void answersAnEmptyLastPageBeyondTheEnd() {
        Reply reply = client.get("/api/v2/outbound/contactlists/list_preview/contacts?limit=1000&page=3");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("entity").values()).isEmpty();
        assertThat(reply.json().path("nextPageUri").isNull()).isTrue();
    }

    @Test
    void pagesAFiveMillionRowListAtFullSpeedWithoutHoldingIt() {
        try (CxoneSandbox big = CxoneSandbox.builder().contactList("list_huge", 5_000_000, "NA-EAST").start()) {
            SandboxClient bigClient = SandboxClient.connect(big);
            long started = System.nanoTime();

            for (int page = 1; page <= 100; page++) {
                Reply reply = bigClient.get("/api/v2/outbound/contactlists/list_huge/contacts?limit=1000&page=" + (page * 49));
                assertThat(reply.json().path("entity").values()).hasSize(1000);
            }
            Reply last = bigClient.get("/api/v2/outbound/contactlists/list_huge/contacts?limit=1000&page=5000");

            assertThat(System.nanoTime() - started).isLessThan(15_000_000_000L);
            assertThat(last.json().path("entity").values()).hasSize(1000);
            assertThat(last.json().path("entity").get(999).path("id").asString()).isEqualTo("list_huge-5000000");
            assertThat(last.json().path("nextPageUri").isNull()).isTrue();
        }
    }

    private static Predicate<String> matches(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return phone -> pattern.matcher(phone).matches();
    }
}
