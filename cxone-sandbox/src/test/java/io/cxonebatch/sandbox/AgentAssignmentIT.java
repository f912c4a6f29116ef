package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentAssignmentIT {

    private static CxoneSandbox sandbox;
    private static SandboxClient client;
    private String previewId;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder()
                .engineLimits(EngineLimits.defaults().withAgentCapacityPerPreviewCampaign(3))
                .agentCapacity("Small preview", 1)
                .start();
        client = SandboxClient.connect(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void createPreviewCampaign() {
        sandbox.faults().clear();
        sandbox.reset();
        previewId = client.createCampaign("Preview with agents", "PREVIEW");
    }

    @Test
    void assignsAgentsAndAnswersWithTheAssignment() {
        Reply reply = client.put(agentsPath(previewId), agents(agent("agent-uuid-001", "09:00", "17:00", "America/New_York", 1),
                agent("agent-uuid-002", "08:30", "16:30", "America/Chicago", 2)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("campaignId")).isEqualTo(previewId);
        assertThat(reply.json().path("agentsUpdated").asInt()).isEqualTo(2);
        assertThat(reply.text("assignmentId")).isNotBlank();
        assertThat(reply.text("timestamp")).isNotBlank();
        SandboxAssignment assignment = sandbox.inspect().agentAssignment(previewId).orElseThrow();
        assertThat(assignment.assignmentId()).isEqualTo(reply.text("assignmentId"));
        assertThat(assignment.agents()).extracting(SandboxAgent::userId).containsExactly("agent-uuid-001", "agent-uuid-002");
        assertThat(assignment.agents().get(1).maxConcurrentCalls()).isEqualTo(2);
    }

    @Test
    void aNewAssignmentReplacesThePreviousOne() {
        client.put(agentsPath(previewId), agents(agent("a-1", "09:00", "17:00", "UTC", 1), agent("a-2", "09:00", "17:00", "UTC", 1)));

        client.put(agentsPath(previewId), agents(agent("a-3", "10:00", "18:00", "UTC", 1)));

        assertThat(sandbox.inspect().agentAssignment(previewId).orElseThrow().agents())
                .extracting(SandboxAgent::userId).containsExactly("a-3");
        assertThat(sandbox.inspect().agentAssignments()).hasSize(1);
    }

    @Test
    void answersConflictWhenTheAgentsExceedTheCampaignsCapacity() {
        List<String> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(agent("agent-" + i, "09:00", "17:00", "UTC", 1));
        }

        Reply reply = client.put(agentsPath(previewId), agents(four.toArray(String[]::new)));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("message")).contains("capacity of 3");
        assertThat(sandbox.inspect().agentAssignment(previewId)).isEmpty();
    }

    @Test
    void aCampaignNamedWithItsOwnCapacityTakesNoMoreThanThatWhileOthersKeepTheEngineWideOne() {
        String small = client.createCampaign("Small preview", "PREVIEW");

        Reply two = client.put(agentsPath(small), agents(agent("a-1", "09:00", "17:00", "UTC", 1), agent("a-2", "09:00", "17:00", "UTC", 1)));
        Reply one = client.put(agentsPath(small), agents(agent("a-1", "09:00", "17:00", "UTC", 1)));
        Reply three = client.put(agentsPath(previewId), agents(agent("a-1", "09:00", "17:00", "UTC", 1),
                agent("a-2", "09:00", "17:00", "UTC", 1), agent("a-3", "09:00", "17:00", "UTC", 1)));

        assertThat(two.status()).isEqualTo(409);
        assertThat(two.text("message")).contains("capacity of 1", small);
        assertThat(one.status()).isEqualTo(200);
        assertThat(three.status()).isEqualTo(200);
        assertThat(sandbox.inspect().agentAssignment(small).orElseThrow().agents()).hasSize(1);
    }

    @Test
    void aCampaignsOwnCapacityMustBeANameAndACountNoHigherThanTheEngineWideOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> CxoneSandbox.builder().agentCapacity(" ", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> CxoneSandbox.builder().agentCapacity("Small", -1))
                .withMessageContaining("Small");
        assertThatIllegalArgumentException().isThrownBy(() -> CxoneSandbox.builder()
                        .engineLimits(EngineLimits.defaults().withAgentCapacityPerPreviewCampaign(3)).agentCapacity("Big", 4).start())
                .withMessageContaining("Big").withMessageContaining("3");
    }

    @Test
    void keepsEveryAcceptedAssignmentInOrderAndNoneThatWasRefused() {
        String other = client.createCampaign("Other preview", "PREVIEW");
        Reply first = client.put(agentsPath(previewId), agents(agent("a-1", "09:00", "17:00", "UTC", 1)));
        client.put(agentsPath(previewId), agents(agent("a-1", "09:00", "17:00", "UTC", 1), agent("a-1", "09:00", "17:00", "UTC", 1)));
        client.put(agentsPath(previewId), agents(agent("a-1", "09:00", "17:00", "UTC", 1), agent("a-2", "09:00", "17:00", "UTC", 1),
                agent("a-3", "09:00", "17:00", "UTC", 1), agent("a-4", "09:00", "17:00", "UTC", 1)));
        Reply second = client.put(agentsPath(other), agents(agent("b-1", "09:00", "17:00", "UTC", 1)));
        sandbox.faults().failAfterCommit("PUT", "/api/v2/outbound/campaigns/{id}/agents", 1);
        Reply third = client.put(agentsPath(previewId), agents(agent("a-2", "10:00", "18:00", "UTC", 1)));

        List<SandboxAssignment> history = sandbox.inspect().agentAssignmentHistory();

        assertThat(third.status()).isEqualTo(500);
        assertThat(history).extracting(SandboxAssignment::campaignId).containsExactly(previewId, other, previewId);
        assertThat(history.subList(0, 2)).extracting(SandboxAssignment::assignmentId)
                .containsExactly(first.text("assignmentId"), second.text("assignmentId"));
        assertThat(history.get(2).agents()).extracting(SandboxAgent::userId).containsExactly("a-2");
        assertThat(sandbox.inspect().agentAssignments()).hasSize(2).containsEntry(previewId, history.get(2));

        sandbox.reset();

        assertThat(sandbox.inspect().agentAssignmentHistory()).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownCampaignWhateverTheBody() {
        Reply valid = client.put(agentsPath("camp_404404"), agents(agent("a", "09:00", "17:00", "UTC", 1)));
        Reply invalid = client.put(agentsPath("camp_404404"), "{}");

        assertThat(valid.status()).isEqualTo(404);
        assertThat(valid.text("message")).contains("camp_404404");
        assertThat(invalid.status()).isEqualTo(404);
        assertThat(sandbox.inspect().agentAssignments()).isEmpty();
        assertThat(sandbox.inspect().agentAssignmentHistory()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"userId\":\"a\",\"skills\":[],\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}|empty skills",
        "{\"userId\":\"a\",\"skills\":[\"sales\"],\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":3}|three concurrent calls",
        "{\"userId\":\"a\",\"skills\":[\"sales\"],\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":0}|zero concurrent calls",
        "{\"userId\":\"a\",\"skills\":[\"sales\"],\"availabilityWindow\":{\"start\":\"9:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}|start without leading zero",
        "{\"userId\":\"a\",\"skills\":[\"sales\"],\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"24:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}|end at 24:00",
        "{\"userId\":\"a\",\"skills\":[\"sales\"],\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"Eastern\"},\"maxConcurrentCalls\":1}|unknown zone",
        "{\"skills\":[\"sales\"],\"availabilityWindow\":{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"UTC\"},\"maxConcurrentCalls\":1}|missing user id",
        "{\"userId\":\"a\",\"skills\":[\"sales\"],\"maxConcurrentCalls\":1}|missing window"
    })
    void refusesASchemaViolationAsUnprocessable(String agentJson, String reason) {
        Reply reply = client.put(agentsPath(previewId), agents(agentJson));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("message")).isNotBlank();
        assertThat(sandbox.inspect().agentAssignment(previewId)).isEmpty();
    }

    @Test
    void refusesTheSameAgentTwiceInOneAssignment() {
        Reply reply = client.put(agentsPath(previewId), agents(agent("twin", "09:00", "17:00", "UTC", 1), agent("twin", "10:00", "18:00", "UTC", 1)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("message")).contains("twin");
    }

    @Test
    void refusesABodyWithoutAgentsAndAgentsForANonPreviewCampaign() {
        String predictive = client.createCampaign("Predictive", "PREDICTIVE");

        assertThat(client.put(agentsPath(previewId), "{}").status()).isEqualTo(422);
        assertThat(client.put(agentsPath(predictive), agents(agent("a", "09:00", "17:00", "UTC", 1))).status()).isEqualTo(422);
        assertThat(client.put(agentsPath("camp_000404"), agents(agent("a", "09:00", "17:00", "UTC", 1))).status()).isEqualTo(404);
    }

    private static String agentsPath(String campaignId) {
        return "/api/v2/outbound/campaigns/" + campaignId + "/agents";
    }

    private static String agent(String userId, String start, String end, String zone, int maxConcurrentCalls) {
        return "{\"userId\":\"" + userId + "\",\"skills\":[\"sales\",\"preview-qualified\"],\"availabilityWindow\":{\"start\":\""
                + start + "\",\"end\":\"" + end + "\",\"timezone\":\"" + zone + "\"},\"maxConcurrentCalls\":" + maxConcurrentCalls + "}";
    }

    private static String agents(String... agents) {
        return "{\"agents\":[" + String.join(",", agents) + "]}";
    }
}
