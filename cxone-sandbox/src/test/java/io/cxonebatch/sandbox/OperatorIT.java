package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Another operator of the tenant changing campaigns behind the client's back, in process and over the admin API. */
class OperatorIT {

    private static final Duration DELAY = Duration.ofMillis(150);
    private static final String AGENTS = "{\"agents\":[{\"userId\":\"a-1\",\"skills\":[\"sales\"],\"availabilityWindow\":"
            + "{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}]}";

    private static CxoneSandbox sandbox;
    private static SandboxClient client;
    private static SandboxClient admin;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().activationDelay(DELAY).start();
        client = SandboxClient.connect(sandbox);
        admin = SandboxClient.unauthenticated(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void forgetCampaigns() {
        sandbox.reset();
    }

    @Test
    void aStatusTheLifecycleForbidsIsReportedAsSetWithTheNextVersion() {
        String id = client.createCampaign("Reopened", "PREDICTIVE");
        sandbox.operator().setStatus(id, "COMPLETED");

        sandbox.operator().setStatus(id, "ACTIVE");

        Reply byId = client.get("/api/v2/campaigns/" + id);
        assertThat(byId.text("status")).isEqualTo("ACTIVE");
        assertThat(byId.json().path("version").asLong()).isEqualTo(3);
        assertThat(byId.header("ETag")).isEqualTo("\"3\"");
        assertThat(client.get("/api/v2/campaigns").json().path("entities").get(0).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(client.get("/api/v2/outbound/campaigns/" + id).text("status")).isEqualTo("ACTIVE");
        assertThat(sandbox.inspect().campaign(id).orElseThrow().status()).isEqualTo("ACTIVE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DRAFT", "SCHEDULED", "ACTIVATING", "ACTIVE", "PAUSED", "COMPLETED", "FAILED", "CANCELED"})
    void everyStatusOfTheContractCanBeSet(String status) {
        String id = client.createCampaign("Set to " + status, "PROGRESSIVE");

        sandbox.operator().setStatus(id, status);

        assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo(status);
    }

    @Test
    void aStatusChangeMakesTheVersionAClientReadStale() {
        String id = client.createCampaign("Changed underneath", "PREDICTIVE");
        String etag = client.get("/api/v2/outbound/campaigns/" + id).header("ETag");

        sandbox.operator().setStatus(id, "PAUSED");

        assertThat(client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":30}", "If-Match", etag).status())
                .isEqualTo(412);
    }

    @Test
    void aStatusSetDuringAnActivationOverridesItsOutcome() throws InterruptedException {
        String id = client.createCampaign("Canceled while activating", "PREDICTIVE");
        assertThat(client.post("/api/v2/campaigns/" + id + "/activate", "").status()).isEqualTo(202);

        sandbox.operator().setStatus(id, "CANCELED");
        Thread.sleep(DELAY.toMillis() + 50);

        assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("CANCELED");
    }

    @Test
    void activatingSetDuringAnActivationNoLongerEndsWhenItWasDue() throws InterruptedException {
        String id = client.createCampaign("Held activating", "PREDICTIVE");
        assertThat(client.post("/api/v2/campaigns/" + id + "/activate", "").status()).isEqualTo(202);

        sandbox.operator().setStatus(id, "ACTIVATING");
        Thread.sleep(DELAY.toMillis() + 50);

        assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("ACTIVATING");
    }

    @Test
    void activatingSetByTheOperatorNeverEndsOnItsOwn() throws InterruptedException {
        String id = client.createCampaign("Stuck", "PREDICTIVE");
        sandbox.operator().setStatus(id, "ACTIVATING");

        Thread.sleep(DELAY.toMillis() + 50);

        assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("ACTIVATING");
        assertThat(client.post("/api/v2/campaigns/" + id + "/activate", "").status()).isEqualTo(200);
    }

    @Test
    void activatingAPausedCampaignChangesNothing() {
        String id = client.createCampaign("Paused", "PREDICTIVE");
        sandbox.operator().setStatus(id, "paused");

        Reply activate = client.post("/api/v2/campaigns/" + id + "/activate", "");

        assertThat(activate.status()).isEqualTo(200);
        assertThat(activate.text("status")).isEqualTo("PAUSED");
        assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("PAUSED");
    }

    @Test
    void aDeletedCampaignIsGoneFromEveryRouteAndEveryPage() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(client.createCampaign("Listed " + i, i == 3 ? "PREVIEW" : "PREDICTIVE"));
        }
        String deleted = ids.get(3);

        sandbox.operator().delete(deleted);

        assertThat(Pages.readAll(client, "/api/v2/campaigns?page=1&limit=2", "entities", 10))
                .extracting(entity -> entity.path("id").asString())
                .containsExactlyElementsOf(ids.stream().filter(id -> !id.equals(deleted)).toList());
        assertThat(Pages.readAll(client, "/api/v2/outbound/campaigns?page=1&limit=2", "entity", 10))
                .extracting(entity -> entity.path("id").asString())
                .doesNotContain(deleted)
                .hasSize(6);
        assertThat(List.of(
                client.get("/api/v2/campaigns/" + deleted),
                client.get("/api/v2/outbound/campaigns/" + deleted),
                client.put("/api/v2/outbound/campaigns/" + deleted, "{\"maxConcurrentCalls\":30}", "If-Match", "\"1\""),
                client.put("/api/v2/outbound/campaigns/" + deleted + "/agents", AGENTS),
                client.post("/api/v2/campaigns/" + deleted + "/activate", "")))
                .allSatisfy(reply -> {
                    assertThat(reply.status()).isEqualTo(404);
                    assertThat(reply.text("message")).contains(deleted);
                });
        assertThat(sandbox.inspect().campaigns()).extracting(SandboxCampaign::id).doesNotContain(deleted).hasSize(6);
    }

    @Test
    void aDeletedCampaignsNameIsFreeAndItsIdIsNeverGivenAgain() {
        String deleted = client.createCampaign("Recreated", "PREDICTIVE");

        sandbox.operator().delete(deleted);
        Reply again = client.post("/api/v2/campaigns", SandboxClient.campaignJson("Recreated", "PREDICTIVE"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isNotEqualTo(deleted);
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
    }

    @Test
    void aDeletedCampaignKeepsItsRulesAndHistoryButLosesItsCurrentAssignment() {
        String deleted = client.createCampaign("Ruled preview", "PREVIEW");
        String kept = client.createCampaign("Kept", "PREDICTIVE");
        client.post("/api/v2/campaign-dialer-rules", "{\"campaignId\":\"" + deleted
                + "\",\"ruleType\":\"PREVIEW\",\"targetListId\":\"list_preview\"}");
        assertThat(client.put("/api/v2/outbound/campaigns/" + deleted + "/agents", AGENTS).status()).isEqualTo(200);

        sandbox.operator().delete(deleted);

        SandboxInspection inspection = sandbox.inspect();
        assertThat(inspection.dialerRules(deleted)).hasSize(1);
        assertThat(inspection.dialerRulesPerCampaign()).containsOnlyKeys(kept);
        assertThat(inspection.agentAssignments()).isEmpty();
        assertThat(inspection.agentAssignmentHistory()).singleElement()
                .satisfies(assignment -> assertThat(assignment.campaignId()).isEqualTo(deleted));
    }

    @Test
    void aDeletedPreviewFreesItsLicence() {
        EngineLimits limits = EngineLimits.defaults().withLicensedConcurrentPreviews(1);
        try (CxoneSandbox licensed = CxoneSandbox.builder().engineLimits(limits).start()) {
            SandboxClient licensedClient = SandboxClient.connect(licensed);
            String first = licensedClient.createCampaign("First preview", "PREVIEW");
            String second = licensedClient.createCampaign("Second preview", "PREVIEW");
            assertThat(licensedClient.post("/api/v2/campaigns/" + first + "/activate", "").status()).isEqualTo(202);
            assertThat(licensedClient.post("/api/v2/campaigns/" + second + "/activate", "").status()).isEqualTo(422);

            licensed.operator().delete(first);

            assertThat(licensedClient.post("/api/v2/campaigns/" + second + "/activate", "").status()).isEqualTo(202);
        }
    }

    @Test
    void anUnknownCampaignOrStatusIsAnIllegalArgument() {
        String id = client.createCampaign("Known", "PREDICTIVE");
        SandboxOperator operator = sandbox.operator();

        assertThatIllegalArgumentException().isThrownBy(() -> operator.setStatus("camp_999999", "ACTIVE"))
                .withMessageContaining("camp_999999");
        assertThatIllegalArgumentException().isThrownBy(() -> operator.delete("camp_999999"))
                .withMessageContaining("camp_999999");
        assertThatIllegalArgumentException().isThrownBy(() -> operator.setStatus(id, "RUNNING"))
                .withMessageContaining("RUNNING");
        assertThatIllegalArgumentException().isThrownBy(() -> operator.setStatus(id, null));
        assertThat(client.get("/api/v2/campaigns/" + id).json().path("version").asLong()).isEqualTo(1);
        operator.delete(id);
        assertThatIllegalArgumentException().isThrownBy(() -> operator.delete(id)).withMessageContaining(id);
        assertThatIllegalArgumentException().isThrownBy(() -> operator.setStatus(id, "ACTIVE")).withMessageContaining(id);
    }

    @Test
    void theAdminApiSetsAStatusAndDeletesACampaign() {
        String id = client.createCampaign("Administered", "PREDICTIVE");

        Reply status = admin.put("/_sandbox/campaigns/" + id + "/status", "{\"status\":\"CANCELED\"}");

        assertThat(status.status()).isEqualTo(204);
        assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("CANCELED");
        assertThat(client.get("/api/v2/campaigns/" + id).json().path("version").asLong()).isEqualTo(2);

        Reply deleted = admin.method("DELETE", "/_sandbox/campaigns/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.get("/api/v2/campaigns/" + id).status()).isEqualTo(404);
        assertThat(admin.method("DELETE", "/_sandbox/campaigns/" + id).status()).isEqualTo(404);
        assertThat(sandbox.inspect().totalRequests()).isEqualTo(4);
    }

    @Test
    void theAdminApiAnswersNotFoundForAnUnknownCampaignAndBadRequestForAnUnknownStatus() {
        String id = client.createCampaign("Untouched", "PREDICTIVE");

        Reply unknownCampaign = admin.put("/_sandbox/campaigns/camp_999999/status", "{\"status\":\"ACTIVE\"}");
        Reply unknownCampaignBadBody = admin.put("/_sandbox/campaigns/camp_999999/status", "{\"status\":\"RUNNING\"}");
        Reply unknownStatus = admin.put("/_sandbox/campaigns/" + id + "/status", "{\"status\":\"RUNNING\"}");
        Reply noStatus = admin.put("/_sandbox/campaigns/" + id + "/status", "{}");
        Reply notJson = admin.put("/_sandbox/campaigns/" + id + "/status", "CANCELED");
        Reply deleteUnknown = admin.method("DELETE", "/_sandbox/campaigns/camp_999999");

        assertThat(List.of(unknownCampaign, unknownCampaignBadBody, deleteUnknown)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.text("message")).contains("camp_999999");
        });
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.text("message")).contains("RUNNING").contains("CANCELED");
        assertThat(noStatus.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        JsonNode untouched = client.get("/api/v2/campaigns/" + id).json();
        assertThat(untouched.path("status").asString()).isEqualTo("DRAFT");
        assertThat(untouched.path("version").asLong()).isEqualTo(1);
    }
}
