package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConcurrentEditFaultIT {

    private static final String SETTINGS = "/api/v2/outbound/campaigns/";
    private static final String TEMPLATE = "/api/v2/outbound/campaigns/{id}";

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
    void freshCampaign() {
        sandbox.faults().clear();
        sandbox.reset();
        id = client.createCampaign("Edited elsewhere", "PREDICTIVE");
    }

    @Test
    void aPutWithTheVersionJustReadMeetsAnotherWritersChangeAndGets412() {
        client.put(SETTINGS + id, "{\"maxConcurrentCalls\":150}", "If-Match", "\"1\"");
        sandbox.faults().concurrentEdits(1);
        Reply read = client.get(SETTINGS + id);

        Reply put = client.put(SETTINGS + id, "{\"pacing\":{\"interval\":30}}", "If-Match", read.header("ETag"));

        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(put.status()).isEqualTo(412);
        assertThat(put.text("message")).contains("version 3");
        SandboxCampaign campaign = sandbox.inspect().campaign(id).orElseThrow();
        assertThat(campaign.version()).isEqualTo(3);
        assertThat(campaign.outboundSettings()).containsOnlyKeys("maxConcurrentCalls").containsEntry("maxConcurrentCalls", 150);
        assertThat(sandbox.faults().concurrentEdits()).isZero();

        Reply reread = client.get(SETTINGS + id);
        Reply retry = client.put(SETTINGS + id, "{\"pacing\":{\"interval\":30}}", "If-Match", reread.header("ETag"));

        assertThat(reread.header("ETag")).isEqualTo("\"3\"");
        assertThat(reread.json().path("pacing").path("interval").asInt()).isEqualTo(60);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("version").asLong()).isEqualTo(4);
        Reply after = client.get(SETTINGS + id);
        assertThat(after.json().path("pacing").path("interval").asInt()).isEqualTo(30);
        assertThat(after.json().path("maxConcurrentCalls").asInt()).isEqualTo(150);
    }

    @Test
    void eachPutWithIfMatchUsesUpOneSoAReadAndRetryLoopGetsThroughAfterwards() {
        sandbox.faults().concurrentEdits(3);

        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && !statuses.contains(200); attempt++) {
            String etag = client.get(SETTINGS + id).header("ETag");
            statuses.add(client.put(SETTINGS + id, "{\"maxConcurrentCalls\":80}", "If-Match", etag).status());
        }

        assertThat(statuses).containsExactly(412, 412, 412, 200);
        assertThat(sandbox.inspect().campaign(id).orElseThrow().version()).isEqualTo(5);
        assertThat(sandbox.inspect().requestCount("PUT", TEMPLATE, 412)).isEqualTo(3);
        assertThat(client.put(SETTINGS + id, "{\"maxConcurrentCalls\":81}", "If-Match", "\"5\"").status()).isEqualTo(200);
    }

    @Test
    void aPutWithoutIfMatchNeitherMeetsNorUsesUpAConcurrentEdit() {
        sandbox.faults().concurrentEdits(1);

        Reply blind = client.put(SETTINGS + id, "{\"maxConcurrentCalls\":40}");

        assertThat(blind.status()).isEqualTo(200);
        assertThat(blind.json().path("version").asLong()).isEqualTo(2);
        assertThat(sandbox.faults().concurrentEdits()).isEqualTo(1);
        assertThat(client.put(SETTINGS + id, "{\"maxConcurrentCalls\":41}", "If-Match", "\"2\"").status()).isEqualTo(412);
        assertThat(sandbox.inspect().campaign(id).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void requestsRefusedBeforeTheVersionCheckAndAgentAssignmentsLeaveThePendingEditsAlone() {
        String preview = client.createCampaign("Preview elsewhere", "PREVIEW");
        sandbox.faults().concurrentEdits(1);

        Reply unknown = client.put(SETTINGS + "camp_404404", "{}", "If-Match", "\"1\"");
        Reply otherId = client.put(SETTINGS + id, "{\"id\":\"camp_other\"}", "If-Match", "\"1\"");
        Reply noToken = SandboxClient.unauthenticated(sandbox).put(SETTINGS + id, "{}", "If-Match", "\"1\"");
        Reply agents = client.put(SETTINGS + preview + "/agents", "{\"agents\":[{\"userId\":\"a-1\",\"skills\":[\"sales\"],"
                + "\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}]}",
                "If-Match", "\"1\"");

        assertThat(List.of(unknown.status(), otherId.status(), noToken.status(), agents.status())).containsExactly(404, 400, 401, 200);
        assertThat(sandbox.faults().concurrentEdits()).isEqualTo(1);
        assertThat(sandbox.inspect().campaigns()).allSatisfy(campaign -> assertThat(campaign.version()).isEqualTo(1));
    }

    @Test
    void aWildcardIfMatchStillSucceedsOnTopOfTheOtherWritersChange() {
        sandbox.faults().concurrentEdits(1);

        Reply put = client.put(SETTINGS + id, "{\"maxConcurrentCalls\":60}", "If-Match", "*");

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("version").asLong()).isEqualTo(3);
        assertThat(sandbox.faults().concurrentEdits()).isZero();
    }

    @Test
    void canBeSetAndReadOverTheAdminApi() {
        SandboxClient admin = SandboxClient.unauthenticated(sandbox);

        Reply changed = admin.put("/_sandbox/faults", "{\"concurrentEdits\":2}");
        Reply negative = admin.put("/_sandbox/faults", "{\"concurrentEdits\":-1}");
        Reply put = client.put(SETTINGS + id, "{\"maxConcurrentCalls\":60}", "If-Match", "\"1\"");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("concurrentEdits").asInt()).isEqualTo(2);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text("message")).contains("concurrentEdits");
        assertThat(put.status()).isEqualTo(412);
        assertThat(admin.get("/_sandbox/faults").json().path("concurrentEdits").asInt()).isEqualTo(1);
        assertThat(admin.put("/_sandbox/faults", "{\"concurrentEdits\":0}").status()).isEqualTo(200);
        assertThat(client.put(SETTINGS + id, "{\"maxConcurrentCalls\":61}", "If-Match", "\"2\"").status()).isEqualTo(200);
    }
}
