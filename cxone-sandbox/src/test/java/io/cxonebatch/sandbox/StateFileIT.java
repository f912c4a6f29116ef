package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileIT {

    @TempDir
    Path directory;

    @Test
    void aSecondSandboxMeetsWhatTheFirstCreated() throws InterruptedException {
        Path file = directory.resolve("nested/sandbox-state.json");
        String predictive;
        String preview;
        try (CxoneSandbox first = CxoneSandbox.builder().stateFile(file).activationDelay(Duration.ofMillis(100)).start()) {
            SandboxClient client = SandboxClient.connect(first);
            predictive = client.createCampaign("Kept", "PREDICTIVE");
            preview = client.createCampaign("Kept preview", "PREVIEW");
            client.post("/api/v2/campaign-dialer-rules",
                    "{\"campaignId\":\"" + predictive + "\",\"ruleType\":\"PREDICTIVE\",\"abandonedCallThreshold\":0.03,\"targetListId\":\"list_east\"}");
            client.put("/api/v2/outbound/campaigns/" + predictive, "{\"maxConcurrentCalls\":120}", "If-Match", "\"1\"");
            client.post("/api/v2/campaigns/" + predictive + "/activate", "");
            client.post("/api/v2/webhooks", "{\"name\":\"QA\",\"eventFilter\":\"campaign.preview.activated\",\"uri\":\"https://example.com/h\"}");
            for (String user : List.of("agent-0", "agent-1")) {
                client.put("/api/v2/outbound/campaigns/" + preview + "/agents", "{\"agents\":[{\"userId\":\"" + user + "\",\"skills\":[\"sales\"],"
                        + "\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}]}");
            }
        }
        Thread.sleep(150);

        try (CxoneSandbox second = CxoneSandbox.builder().stateFile(file).start()) {
            SandboxClient client = SandboxClient.connect(second);
            SandboxInspection inspection = second.inspect();

            Reply kept = client.get("/api/v2/campaigns/" + predictive);
            assertThat(kept.text("status")).isEqualTo("ACTIVE");
            assertThat(kept.json().path("version").asLong()).isEqualTo(2);
            assertThat(kept.json().has("targetListId")).isFalse();
            assertThat(inspection.campaign(predictive).orElseThrow().targetListId()).isEqualTo("list_east");
            assertThat(client.get("/api/v2/campaigns").json().path("entities").get(0).path("targetListId").asString())
                    .isEqualTo("list_east");
            assertThat(client.get("/api/v2/outbound/campaigns/" + predictive).json().path("maxConcurrentCalls").asInt()).isEqualTo(120);
            assertThat(inspection.dialerRules(predictive)).hasSize(1);
            assertThat(inspection.webhooks()).singleElement().satisfies(webhook -> assertThat(webhook.name()).isEqualTo("QA"));
            assertThat(inspection.agentAssignment(preview).orElseThrow().agents()).extracting(SandboxAgent::userId).containsExactly("agent-1");
            assertThat(inspection.agentAssignmentHistory()).extracting(assignment -> assignment.agents().get(0).userId())
                    .containsExactly("agent-0", "agent-1");
            assertThat(client.post("/api/v2/campaigns", SandboxClient.campaignJson("Kept", "PREDICTIVE")).status()).isEqualTo(409);
            assertThat(client.createCampaign("New", "PROGRESSIVE")).isNotIn(predictive, preview);
        }
    }

    @Test
    void anOperatorsStatusChangesAndDeletionsSurviveARestart() {
        Path file = directory.resolve("operated.json");
        String reopened;
        String deleted;
        String stuck;
        try (CxoneSandbox first = CxoneSandbox.builder().stateFile(file).activationDelay(Duration.ofMillis(50)).start()) {
            SandboxClient client = SandboxClient.connect(first);
            reopened = client.createCampaign("Reopened", "PREDICTIVE");
            deleted = client.createCampaign("Deleted", "PREDICTIVE");
            stuck = client.createCampaign("Stuck", "PREDICTIVE");
            client.post("/api/v2/campaigns/" + stuck + "/activate", "");
            first.operator().setStatus(reopened, "COMPLETED");
            first.operator().setStatus(reopened, "ACTIVE");
            first.operator().setStatus(stuck, "PAUSED");
            first.operator().delete(deleted);
        }

        try (CxoneSandbox second = CxoneSandbox.builder().stateFile(file).start()) {
            SandboxClient client = SandboxClient.connect(second);

            Reply kept = client.get("/api/v2/campaigns/" + reopened);
            assertThat(kept.text("status")).isEqualTo("ACTIVE");
            assertThat(kept.json().path("version").asLong()).isEqualTo(3);
            assertThat(client.get("/api/v2/campaigns/" + stuck).text("status")).isEqualTo("PAUSED");
            assertThat(client.get("/api/v2/campaigns/" + deleted).status()).isEqualTo(404);
            assertThat(Pages.readAll(client, "/api/v2/campaigns?page=1&limit=1", "entities", 5))
                    .extracting(entity -> entity.path("id").asString())
                    .containsExactly(reopened, stuck);
            assertThat(client.createCampaign("Deleted", "PREDICTIVE")).isNotIn(reopened, deleted, stuck);
        }
    }

    @Test
    void savesAnOperatorsChangesInTheBackgroundWhileRunning() throws IOException, InterruptedException {
        Path file = directory.resolve("operated-running.json");
        try (CxoneSandbox sandbox = CxoneSandbox.builder().stateFile(file).start()) {
            String id = SandboxClient.connect(sandbox).createCampaign("Saved then changed", "PREDICTIVE");
            awaitFile(file, text -> text.contains(id));

            sandbox.operator().setStatus(id, "COMPLETED");
            awaitFile(file, text -> text.contains("COMPLETED"));
            sandbox.operator().delete(id);
            awaitFile(file, text -> !text.contains(id));

            assertThat(Files.readString(file)).doesNotContain(id);
        }
    }

    @Test
    void savesInTheBackgroundWhileRunningWithoutLeavingATemporaryFile() throws IOException, InterruptedException {
        Path file = directory.resolve("running.json");
        try (CxoneSandbox sandbox = CxoneSandbox.builder().stateFile(file).start()) {
            String id = SandboxClient.connect(sandbox).createCampaign("Saved early", "PREDICTIVE");

            long deadline = System.nanoTime() + 3_000_000_000L;
            while (!(Files.exists(file) && Files.readString(file).contains(id)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(Files.readString(file)).contains(id).contains("Saved early");
            assertThat(directory.resolve("running.json.tmp")).doesNotExist();
        }
    }

    @Test
    void aStateSavedWithoutAnAssignmentHistoryStartsItWithTheCurrentAssignments() throws IOException {
        Path file = directory.resolve("before-history.json");
        Files.writeString(file, """
                {"format":1,"sequences":{"campaign":1,"rule":0,"webhook":0,"assignment":2},
                 "campaigns":[{"seq":1,"id":"camp_000001","name":"Old preview","type":"PREVIEW","status":"DRAFT","version":1,
                   "activationDueAt":0,"activationOutcome":null,"targetListId":null,"created":{"name":"Old preview","type":"PREVIEW"},
                   "settings":{}}],
                 "dialerRules":[],"webhooks":[],
                 "assignments":[{"assignmentId":"asg_000002","campaignId":"camp_000001","timestamp":"2024-09-15T12:00:00Z",
                   "agents":[{"userId":"agent-1","skills":["sales"],"windowStart":"09:00","windowEnd":"17:00","timezone":"UTC",
                     "maxConcurrentCalls":1}]}]}
                """);

        try (CxoneSandbox sandbox = CxoneSandbox.builder().stateFile(file).start()) {
            assertThat(sandbox.inspect().agentAssignmentHistory()).extracting(SandboxAssignment::assignmentId).containsExactly("asg_000002");
        }
    }

    @Test
    void refusesToStartFromAFileThatIsNotASandboxState() throws IOException {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{\"campaigns\":");

        assertThatThrownBy(() -> CxoneSandbox.builder().stateFile(file).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }

    /** Waits up to 3 s, the background saver's pace with margin, for the file to satisfy {@code condition}; fails otherwise. */
    private static void awaitFile(Path file, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (!(Files.exists(file) && condition.test(Files.readString(file))) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Files.exists(file) && condition.test(Files.readString(file))).as("state file %s in time", file).isTrue();
    }
}
