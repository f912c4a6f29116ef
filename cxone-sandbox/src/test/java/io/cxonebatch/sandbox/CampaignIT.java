package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class CampaignIT {

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

    @BeforeEach
    void forgetCampaigns() {
        sandbox.reset();
        sandbox.faults().clear();
    }

    @Test
    void createsACampaignInDraft() {
        Reply reply = client.post("/api/v2/campaigns", SandboxClient.campaignJson("Q3 Predictive Outreach", "PREDICTIVE"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("status")).isEqualTo("DRAFT");
        assertThat(reply.text("name")).isEqualTo("Q3 Predictive Outreach");
        assertThat(reply.header("Location")).isEqualTo("/api/v2/campaigns/" + reply.text("id"));
        assertThat(sandbox.inspect().campaigns()).singleElement()
                .satisfies(campaign -> assertThat(campaign.status()).isEqualTo("DRAFT"));
    }

    @Test
    void acceptsCampaignTypeInsteadOfType() {
        Reply reply = client.post("/api/v2/campaigns", "{\"name\":\"Aliased\",\"campaignType\":\"preview\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(client.get("/api/v2/campaigns/" + reply.text("id")).text("type")).isEqualTo("PREVIEW");
    }

    @Test
    void createsAScheduledCampaignWhenTheBodyAsksForIt() {
        Reply reply = client.post("/api/v2/campaigns", "{\"name\":\"Later\",\"type\":\"PROGRESSIVE\",\"status\":\"SCHEDULED\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(client.get("/api/v2/campaigns/" + reply.text("id")).text("status")).isEqualTo("SCHEDULED");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"PREDICTIVE\"}|name is required|missing name",
        "{\"name\":\"A\"}|type (or campaignType) is required|missing type",
        "{\"name\":\"A\",\"type\":\"BLASTER\"}|BLASTER|unknown type",
        "{\"name\":\"A\",\"type\":\"PREVIEW\",\"campaignType\":\"PREDICTIVE\"}|disagree|type and campaignType disagreeing",
        "{\"name\":\"A\",\"type\":\"PREVIEW\",\"status\":\"ACTIVE\"}|DRAFT or SCHEDULED|status other than DRAFT or SCHEDULED",
        "{\"name\":\"A\",\"type\":\"PREVIEW\",\"startDate\":\"15/09/2024 08:00\"}|startDate|unparseable start",
        "{\"name\":\"A\",\"type\":\"PREVIEW\",\"endDate\":\"2024-09-15T17:00:00\"}|endDate|end without offset",
        "{\"name\":\"A\",\"type\":\"PREVIEW\",\"startDate\":\"2024-09-15T17:00:00Z\",\"endDate\":\"2024-09-15T17:00:00Z\"}|must be after|end not after start",
        "{\"name\":\"A\",\"type\":\"PREVIEW\",\"timezone\":\"Mars/Olympus_Mons\"}|Mars/Olympus_Mons|unknown zone",
        "{\"name\":\"A\",\"type\":\"PREVIEW\",\"timezone\":\"+05:00\"}|+05:00|offset instead of zone",
        "{\"name\":\"A\",|not valid JSON|malformed JSON"
    })
    void rejectsAnInvalidCampaignWithAMessage(String body, String messagePart, String reason) {
        Reply reply = client.post("/api/v2/campaigns", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
        assertThat(reply.text("message")).contains(messagePart);
        assertThat(sandbox.inspect().campaigns()).isEmpty();
    }

    @Test
    void answersConflictForASecondCampaignWithATakenName() {
        String first = client.createCampaign("Twice", "PREDICTIVE");

        Reply second = client.post("/api/v2/campaigns", SandboxClient.campaignJson("Twice", "PREDICTIVE"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("message")).contains("Twice").contains(first);
        assertThat(sandbox.inspect().campaigns()).hasSize(1);
    }

    @Test
    void acceptsDuplicateNamesWhenNamesNeedNotBeUnique() {
        try (CxoneSandbox lenient = CxoneSandbox.builder().uniqueCampaignNames(false).start()) {
            SandboxClient lenientClient = SandboxClient.connect(lenient);
            String first = lenientClient.createCampaign("Twice", "PREDICTIVE");
            String second = lenientClient.createCampaign("Twice", "PREDICTIVE");

            assertThat(second).isNotEqualTo(first);
            assertThat(lenient.inspect().campaigns()).hasSize(2);
        }
    }

    @Test
    void readsACampaignWithItsCreationFieldsStatusVersionAndETag() {
        String id = client.post("/api/v2/campaigns", """
                {"name":"Full","type":"PREDICTIVE","description":"lead qualification","skills":["OUTBOUND_SALES"],
                 "startDate":"2024-09-15T08:00:00-05:00","endDate":"2024-09-15T17:00:00-05:00","timezone":"America/New_York",
                 "routingSettings":{"queueId":"queue_abc123","overflowStrategy":"WRAPUP"}}""").text("id");

        Reply reply = client.get("/api/v2/campaigns/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("id")).isEqualTo(id);
        assertThat(reply.text("status")).isEqualTo("DRAFT");
        assertThat(reply.json().path("version").isIntegralNumber()).isTrue();
        assertThat(reply.json().path("version").asLong()).isEqualTo(1);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.json().path("routingSettings").path("queueId").asString()).isEqualTo("queue_abc123");
        assertThat(reply.json().path("skills").get(0).asString()).isEqualTo("OUTBOUND_SALES");
        assertThat(reply.json().has("targetListId")).isFalse();
    }

    @Test
    void keepsNullFieldsOfTheCreationBody() {
        String id = client.post("/api/v2/campaigns", "{\"name\":\"Nulls\",\"type\":\"PREVIEW\",\"description\":null}").text("id");

        assertThat(client.get("/api/v2/campaigns/" + id).json().path("description").isNull()).isTrue();
        assertThat(sandbox.inspect().campaign(id).orElseThrow().createdWith()).containsEntry("description", null);
    }

    @Test
    void answersNotFoundForAnUnknownCampaign() {
        Reply reply = client.get("/api/v2/campaigns/camp_999999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.text("message")).contains("camp_999999");
    }

    @Test
    void pagesThroughEveryCampaignFollowingRelativeNextPageUris() {
        for (int i = 0; i < 25; i++) {
            client.createCampaign("Paged " + i, "PROGRESSIVE");
        }

        List<String> nextPageUris = new ArrayList<>();
        List<String> names = readAllPages("/api/v2/campaigns?page=1&limit=10", nextPageUris);

        assertThat(names).hasSize(25).doesNotHaveDuplicates();
        assertThat(nextPageUris).containsExactly("/api/v2/campaigns?page=2&limit=10", "/api/v2/campaigns?page=3&limit=10");
    }

    @Test
    void givesAbsoluteNextPageUrisWhenSwitchedOn() {
        for (int i = 0; i < 3; i++) {
            client.createCampaign("Absolute " + i, "PROGRESSIVE");
        }
        sandbox.faults().absoluteNextPageUris(true);

        List<String> nextPageUris = new ArrayList<>();
        List<String> names = readAllPages("/api/v2/campaigns?limit=2", nextPageUris);

        assertThat(names).hasSize(3);
        assertThat(nextPageUris).containsExactly(sandbox.baseUrl() + "/api/v2/campaigns?page=2&limit=2");
    }

    @Test
    void endsWithANullNextPageUriWhenTheLastPageIsFull() {
        for (int i = 0; i < 4; i++) {
            client.createCampaign("Even " + i, "PROGRESSIVE");
        }

        Reply second = client.get("/api/v2/campaigns?page=2&limit=2");

        assertThat(second.json().path("entities")).hasSize(2);
        assertThat(second.json().path("nextPageUri").isNull()).isTrue();
    }

    @Test
    void rejectsALimitAboveOneThousandOrAPageBelowOne() {
        assertThat(client.get("/api/v2/campaigns?limit=1001").status()).isEqualTo(400);
        assertThat(client.get("/api/v2/campaigns?page=0").status()).isEqualTo(400);
        assertThat(client.get("/api/v2/campaigns?limit=ten").status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "limit=1001|limit", "limit=5000|limit", "limit=0|limit", "limit=-1|limit",
        "page=0|page", "page=-1|page", "page=1.5|page", "limit=100.0|limit"
    })
    void refusesPagingOutsideTheContractNamingTheParameter(String query, String parameter) {
        client.createCampaign("Any", "PREVIEW");

        Reply reply = client.get("/api/v2/campaigns?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).contains(parameter);
    }

    @Test
    void numbersPagesFromOneInCreationOrderAndEndsWithANullNextPageUri() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(client.createCampaign("Numbered " + i, "PROGRESSIVE"));
        }

        Reply first = client.get("/api/v2/campaigns?page=1&limit=2");
        Reply last = client.get("/api/v2/campaigns?page=2&limit=2");

        assertThat(first.json().path("entities").values()).extracting(entity -> entity.path("id").asString())
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(first.text("nextPageUri")).isEqualTo("/api/v2/campaigns?page=2&limit=2");
        assertThat(last.json().path("entities").values()).extracting(entity -> entity.path("id").asString())
                .containsExactly(ids.get(2));
        assertThat(last.json().has("nextPageUri")).isTrue();
        assertThat(last.json().path("nextPageUri").isNull()).isTrue();
    }

    @Test
    void anEmptyListingAndAPagePastTheEndAreEmptyWithANullNextPageUri() {
        Reply empty = client.get("/api/v2/campaigns?page=1&limit=10");
        client.createCampaign("Alone", "PREVIEW");
        Reply pastTheEnd = client.get("/api/v2/campaigns?page=3&limit=10");

        assertThat(List.of(empty, pastTheEnd)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("entities").isArray()).isTrue();
            assertThat(reply.json().path("entities").isEmpty()).isTrue();
            assertThat(reply.json().path("nextPageUri").isNull()).isTrue();
        });
    }

    @Test
    void listedCampaignsCarryTheirCreationFieldsAndTheTargetListOfTheirDialerRule() {
        String id = client.createCampaign("With rule", "PREDICTIVE");
        client.post("/api/v2/campaign-dialer-rules", "{\"campaignId\":\"" + id
                + "\",\"ruleType\":\"PREDICTIVE\",\"abandonedCallThreshold\":0.03,\"targetListId\":\"list_west\"}");

        JsonNode listed = client.get("/api/v2/campaigns").json().path("entities").get(0);

        assertThat(listed.path("targetListId").asString()).isEqualTo("list_west");
        assertThat(listed.path("timezone").asString()).isEqualTo("America/New_York");
        assertThat(listed.path("startDate").asString()).isEqualTo("2024-09-15T08:00:00-05:00");
        assertThat(sandbox.inspect().campaign(id).orElseThrow().targetListId()).isEqualTo("list_west");
    }

    @Test
    void reportsTheTargetListInTheListingButNeverByIdWhereTheVersionIs() {
        String id = client.createCampaign("Split", "PREDICTIVE");
        assertThat(client.post("/api/v2/campaign-dialer-rules", "{\"campaignId\":\"" + id
                + "\",\"ruleType\":\"PREDICTIVE\",\"targetListId\":\"list_east\"}").status()).isEqualTo(201);

        Reply byId = client.get("/api/v2/campaigns/" + id);
        JsonNode listed = client.get("/api/v2/campaigns?page=1&limit=10").json().path("entities").get(0);

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().has("targetListId")).isFalse();
        assertThat(byId.text("status")).isEqualTo("DRAFT");
        assertThat(byId.json().path("version").isIntegralNumber()).isTrue();
        assertThat(byId.header("ETag")).isEqualTo("\"" + byId.json().path("version").asLong() + "\"");
        assertThat(listed.path("id").asString()).isEqualTo(id);
        assertThat(listed.path("targetListId").asString()).isEqualTo("list_east");
        assertThat(listed.path("status").asString()).isEqualTo("DRAFT");
        assertThat(listed.has("version")).isFalse();
        assertThat(sandbox.inspect().campaign(id).orElseThrow().targetListId()).isEqualTo("list_east");
    }

    @Test
    void neverEchoesATargetListIdOrVersionTheCreationBodyCarried() {
        String id = client.post("/api/v2/campaigns",
                "{\"name\":\"Sneaky\",\"type\":\"PREDICTIVE\",\"targetListId\":\"list_west\",\"version\":99}").text("id");

        JsonNode byId = client.get("/api/v2/campaigns/" + id).json();
        JsonNode listed = client.get("/api/v2/campaigns").json().path("entities").get(0);

        assertThat(byId.has("targetListId")).isFalse();
        assertThat(byId.path("version").asLong()).isEqualTo(1);
        assertThat(listed.has("targetListId")).isFalse();
        assertThat(listed.has("version")).isFalse();
    }

    @Test
    void acceptsALimitOfOneThousandOnTheListing() {
        client.createCampaign("Only", "PREVIEW");

        Reply reply = client.get("/api/v2/campaigns?page=1&limit=1000");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("entities").values()).hasSize(1);
        assertThat(reply.json().path("nextPageUri").isNull()).isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownPathAndMethodNotAllowedForAWrongMethod() {
        Reply unknown = client.get("/api/v2/nothing-here");
        Reply wrongMethod = client.method("DELETE", "/api/v2/campaigns/camp_000001");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
        assertThat(wrongMethod.json().path("status").asInt()).isEqualTo(405);
    }

    private static List<String> readAllPages(String first, List<String> nextPageUris) {
        List<String> names = new ArrayList<>();
        String next = first;
        for (int page = 0; next != null && page < 100; page++) {
            Reply reply = client.get(next);
            assertThat(reply.status()).isEqualTo(200);
            reply.json().path("entities").values().forEach(entity -> names.add(entity.path("name").asString()));
            JsonNode link = reply.json().path("nextPageUri");
            next = link.isNull() || link.isMissingNode() ? null : link.asString();
            if (next != null) {
                nextPageUris.add(next);
            }
        }
        return names;
    }
}
