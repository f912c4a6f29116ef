package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundSettingsIT {

    private static final String DIALER_FORM = """
            {"name":"Q3 Enterprise Outbound","status":"running","dialerType":"predictive",
             "maxConcurrentCalls":150,"timeZone":"America/New_York",
             "pacing":{"type":"fixed","interval":60,"maxCallsPerInterval":25,"throttlePercent":0.85},
             "rules":[{"name":"business hours","enabled":true}],
             "advancedDialerSettings":{"autoRebalance":true,"queuePriority":1}}""";

    private static final String PREVIEW_FORM = """
            {"name":"Automated Preview Campaign","type":"preview",
             "contactLists":[{"id":"list_preview","type":"contactlist"}],
             "dialingRules":{"strategy":"preview","maxAttempts":1,"callbackEnabled":false},
             "agentDirectives":[{"queueId":"queue_1","skillRequirement":"outbound_preview","agentCount":5}],
             "previewSettings":{"previewDialingMode":"manual","agentPromptEnabled":true}}""";

    private static CxoneSandbox sandbox;
    private static SandboxClient client;
    private String id;

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
    void createCampaign() {
        sandbox.reset();
        id = client.createCampaign("Paced", "PREDICTIVE");
    }

    @Test
    void readsSettingsWithTheCampaignsIdAndVersion() {
        Reply reply = client.get("/api/v2/outbound/campaigns/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("id")).isEqualTo(id);
        assertThat(reply.json().path("version").asLong()).isEqualTo(1);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.text("dialerType")).isEqualTo("predictive");
        assertThat(reply.json().path("pacing").path("interval").asInt()).isEqualTo(60);
    }

    @Test
    void updatesWithAMatchingIfMatchAndMovesToTheNextVersion() {
        Reply reply = client.put("/api/v2/outbound/campaigns/" + id, DIALER_FORM, "If-Match", "\"1\"");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("id")).isEqualTo(id);
        assertThat(reply.json().path("version").asLong()).isEqualTo(2);
        assertThat(reply.text("status")).isEqualTo("DRAFT");
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        Reply read = client.get("/api/v2/outbound/campaigns/" + id);
        assertThat(read.json().path("maxConcurrentCalls").asInt()).isEqualTo(150);
        assertThat(read.json().path("pacing").path("throttlePercent").asDouble()).isEqualTo(0.85);
        assertThat(client.get("/api/v2/campaigns/" + id).json().path("version").asLong()).isEqualTo(2);
        assertThat(sandbox.inspect().campaign(id).orElseThrow().outboundSettings()).containsEntry("maxConcurrentCalls", 150);
    }

    @Test
    void refusesAStaleIfMatchWithPreconditionFailedAndKeepsTheSettings() {
        client.put("/api/v2/outbound/campaigns/" + id, DIALER_FORM, "If-Match", "\"1\"");

        Reply stale = client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":10}", "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text("message")).contains("version 2");
        Reply read = client.get("/api/v2/outbound/campaigns/" + id);
        assertThat(read.json().path("maxConcurrentCalls").asInt()).isEqualTo(150);
        assertThat(read.json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void understandsWeakAndWildcardIfMatch() {
        assertThat(client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":30}", "If-Match", "W/\"1\"").status())
                .isEqualTo(200);
        assertThat(client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":31}", "If-Match", "*").status())
                .isEqualTo(200);
        assertThat(client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":32}", "If-Match", "\"2\", \"3\"").status())
                .isEqualTo(200);
        assertThat(client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":33}", "If-Match", "W/\"1\"").status())
                .isEqualTo(412);
        assertThat(client.get("/api/v2/outbound/campaigns/" + id).json().path("version").asLong()).isEqualTo(4);
    }

    @Test
    void appliesAnUpdateWithoutIfMatch() {
        Reply first = client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":40}");
        Reply second = client.put("/api/v2/outbound/campaigns/" + id, "{\"pacing\":{\"interval\":30}}");

        assertThat(first.json().path("version").asLong()).isEqualTo(2);
        assertThat(second.json().path("version").asLong()).isEqualTo(3);
        Reply read = client.get("/api/v2/outbound/campaigns/" + id);
        assertThat(read.json().path("maxConcurrentCalls").asInt()).isEqualTo(40);
        assertThat(read.json().path("pacing").path("interval").asInt()).isEqualTo(30);
        assertThat(read.json().path("pacing").path("throttlePercent").asDouble()).isEqualTo(1.0);
    }

    @Test
    void acceptsThePreviewConfigurationForm() {
        String preview = client.createCampaign("Preview form", "PREVIEW");

        Reply reply = client.put("/api/v2/outbound/campaigns/" + preview, PREVIEW_FORM, "If-Match", "\"1\"");

        assertThat(reply.status()).isEqualTo(200);
        Reply read = client.get("/api/v2/outbound/campaigns/" + preview);
        assertThat(read.json().path("previewSettings").path("previewDialingMode").asString()).isEqualTo("manual");
        assertThat(read.json().path("agentDirectives").get(0).path("agentCount").asInt()).isEqualTo(5);
        assertThat(read.json().has("pacing")).isFalse();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "{\"maxConcurrentCalls\":501}|engine limit of 500|more calls than the engine allows",
        "{\"pacing\":{\"throttlePercent\":0}}|throttlePercent|throttle of zero",
        "{\"pacing\":{\"throttlePercent\":1.2}}|throttlePercent|throttle above one",
        "{\"pacing\":{\"interval\":0}}|pacing.interval|interval below one second",
        "{\"dialerType\":\"robocall\"}|robocall|unknown dialer type",
        "{\"contactLists\":[{\"id\":\"list_mars\"}]}|list_mars|unknown contact list",
        "{\"agentDirectives\":[{\"agentCount\":51}]}|agentCount 51|more agents than a preview campaign takes"
    })
    void refusesAnUpdateBreakingAnEngineConstraintAndChangesNothing(String body, String messagePart, String reason) {
        Reply reply = client.put("/api/v2/outbound/campaigns/" + id, body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("message")).contains(messagePart);
        assertThat(client.get("/api/v2/outbound/campaigns/" + id).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void refusesTheWholeUpdateWhenOneFieldIsWrong() {
        Reply reply = client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":100,\"pacing\":{\"interval\":0}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(client.get("/api/v2/outbound/campaigns/" + id).json().path("maxConcurrentCalls").asInt()).isEqualTo(25);
    }

    @Test
    void rejectsAWrongJsonTypeAsMalformedAndAnotherCampaignsIdAsWell() {
        assertThat(client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":\"many\"}").status()).isEqualTo(400);
        assertThat(client.put("/api/v2/outbound/campaigns/" + id, "{\"id\":\"camp_other\"}").status()).isEqualTo(400);
    }

    @Test
    void answersNotFoundForTheSettingsOfAnUnknownCampaign() {
        assertThat(client.get("/api/v2/outbound/campaigns/camp_555555").status()).isEqualTo(404);
        assertThat(client.put("/api/v2/outbound/campaigns/camp_555555", "{}").status()).isEqualTo(404);
    }

    @Test
    void listsCampaignsFilteredByTypeAndStatus() {
        String preview = client.createCampaign("Listed preview", "PREVIEW");

        Reply previews = client.get("/api/v2/outbound/campaigns?type=preview&limit=1000");
        Reply activePreviews = client.get("/api/v2/outbound/campaigns?type=preview&status=active&limit=1000");

        assertThat(previews.json().path("entity").values()).extracting(node -> node.path("id").asString()).containsExactly(preview);
        assertThat(activePreviews.json().path("entity").values()).isEmpty();
    }
}
