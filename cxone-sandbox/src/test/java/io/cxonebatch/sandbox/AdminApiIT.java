package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminApiIT {

    @Test
    void inspectSummarisesStateWithoutAToken() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().uniqueCampaignNames(false).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Inspected", "PREDICTIVE");
            client.createCampaign("Inspected", "PREDICTIVE");
            String preview = client.createCampaign("Inspected preview", "PREVIEW");
            client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":30}");
            for (String user : List.of("a-1", "a-2")) {
                client.put("/api/v2/outbound/campaigns/" + preview + "/agents", "{\"agents\":[{\"userId\":\"" + user
                        + "\",\"skills\":[\"sales\"],\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\","
                        + "\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}]}");
            }

            Reply summary = SandboxClient.unauthenticated(sandbox).get("/_sandbox/inspect");

            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.json().path("campaigns").get(0).path("id").asString()).isEqualTo(id);
            assertThat(summary.json().path("tokenRequests").asLong()).isEqualTo(1);
            assertThat(summary.json().path("totalRequests").asLong()).isEqualTo(7);
            assertThat(summary.json().path("outboundSettingsPutsWithoutIfMatch").asLong()).isEqualTo(1);
            assertThat(summary.json().path("agentAssignments").size()).isEqualTo(1);
            assertThat(summary.json().path("agentAssignmentHistory").values())
                    .extracting(assignment -> assignment.path("agents").get(0).path("userId").asString())
                    .containsExactly("a-1", "a-2");
            assertThat(summary.json().path("duplicateSideEffects").get(0).asString()).contains("Inspected");
            assertThat(summary.json().path("requestCounts").values())
                    .anySatisfy(count -> {
                        assertThat(count.path("path").asString()).isEqualTo("/api/v2/campaigns");
                        assertThat(count.path("count").asLong()).isEqualTo(3);
                    });
            assertThat(sandbox.inspect().totalRequests()).isEqualTo(7);
        }
    }

    @Test
    void faultsCanBeReadAndChangedOverHttp() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient admin = SandboxClient.unauthenticated(sandbox);
            SandboxClient client = SandboxClient.connect(sandbox);

            Reply changed = admin.put("/_sandbox/faults", "{\"outage\":true,\"retryAfterStyle\":\"http-date\",\"rateLimitPerMinute\":100}");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().path("outage").asBoolean()).isTrue();
            assertThat(sandbox.faults().retryAfterStyle()).isEqualTo(RetryAfterStyle.HTTP_DATE);
            assertThat(sandbox.faults().rateLimitPerMinute()).isEqualTo(100);
            assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(503);
            assertThat(admin.get("/_sandbox/faults").json().path("outage").asBoolean()).isTrue();
        }
    }

    @Test
    void afterCommitFaultsCanBeReadAndChangedOverHttp() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient admin = SandboxClient.unauthenticated(sandbox);
            SandboxClient client = SandboxClient.connect(sandbox);

            Reply changed = admin.put("/_sandbox/faults",
                    "{\"probability500AfterCommit\":0.25,\"failAfterCommit\":{\"POST /api/v2/webhooks\":1}}");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().path("probability500AfterCommit").asDouble()).isEqualTo(0.25);
            assertThat(changed.json().path("failAfterCommit").path("POST /api/v2/webhooks").asInt()).isEqualTo(1);
            assertThat(sandbox.faults().probability500AfterCommit()).isEqualTo(0.25);
            sandbox.faults().probability500AfterCommit(0);
            assertThat(client.post("/api/v2/webhooks", "{\"eventFilter\":\"e\",\"uri\":\"https://example.com/h\"}").status())
                    .isEqualTo(500);
            assertThat(sandbox.inspect().webhooks()).hasSize(1);
            assertThat(admin.get("/_sandbox/faults").json().path("failAfterCommit").isEmpty()).isTrue();
        }
    }

    @Test
    void anAfterCommitFaultChangeWithABadRouteOrCountChangesNothing() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient admin = SandboxClient.unauthenticated(sandbox);

            Reply noMethod = admin.put("/_sandbox/faults", "{\"outage\":true,\"failAfterCommit\":{\"/api/v2/webhooks\":1}}");
            Reply negative = admin.put("/_sandbox/faults", "{\"failAfterCommit\":{\"POST /api/v2/webhooks\":-1}}");
            Reply notAnObject = admin.put("/_sandbox/faults", "{\"failAfterCommit\":3}");

            assertThat(List.of(noMethod, negative, notAnObject)).allSatisfy(reply -> {
                assertThat(reply.status()).isEqualTo(400);
                assertThat(reply.text("message")).contains("failAfterCommit");
            });
            assertThat(sandbox.faults().outage()).isFalse();
            assertThat(sandbox.faults().failAfterCommit()).isEmpty();
        }
    }

    @Test
    void aFaultChangeWithOneBadFieldChangesNothing() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient admin = SandboxClient.unauthenticated(sandbox);

            Reply badValue = admin.put("/_sandbox/faults", "{\"outage\":true,\"probability500\":1.5}");
            Reply unknown = admin.put("/_sandbox/faults", "{\"outage\":true,\"chaos\":1}");

            assertThat(badValue.status()).isEqualTo(400);
            assertThat(badValue.text("message")).contains("probability500");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.text("message")).contains("chaos");
            assertThat(sandbox.faults().outage()).isFalse();
        }
    }

    @Test
    void tokensCanBeExpiredAndStateResetOverHttp() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient admin = SandboxClient.unauthenticated(sandbox);
            SandboxClient client = SandboxClient.connect(sandbox);
            client.createCampaign("Reset me", "PREDICTIVE");

            assertThat(admin.post("/_sandbox/tokens/expire", "").status()).isEqualTo(204);
            assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(401);
            assertThat(admin.post("/_sandbox/reset", "").status()).isEqualTo(204);
            assertThat(sandbox.inspect().campaigns()).isEmpty();
            assertThat(admin.get("/_sandbox/nothing").status()).isEqualTo(404);
            assertThat(admin.method("DELETE", "/_sandbox/reset").status()).isEqualTo(405);
        }
    }
}
