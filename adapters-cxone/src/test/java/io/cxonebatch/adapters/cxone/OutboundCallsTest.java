package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Recorded;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.PacingSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OutboundCallsTest {

    private static final CampaignId CAMPAIGN = CampaignId.of("a1b2");
    private static final String SETTINGS_PATH = "/api/v2/outbound/campaigns/a1b2";
    private static final PacingSettings PACING = new PacingSettings(CampaignType.PREDICTIVE, 150, "fixed", 60, 25, 0.85,
            ZoneId.of("America/New_York"), true, 1);

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void readsTheDialerParametersAndTheirVersion() {
        fake.stub("GET", SETTINGS_PATH, Reply.json(200, """
                {"id":"a1b2","name":"Q3 Enterprise Outbound","status":"running","dialerType":"predictive",
                 "maxConcurrentCalls":150,"timeZone":"America/New_York",
                 "pacing":{"type":"fixed","interval":60,"maxCallsPerInterval":25,"throttlePercent":0.85},
                 "rules":[{"name":"r","enabled":true}],
                 "advancedDialerSettings":{"autoRebalance":true,"queuePriority":1},"version":4}""").header("ETag", "\"4\""));

        OutboundSettings settings = adapter.loadOutboundSettings(CAMPAIGN);

        assertThat(settings).isEqualTo(new OutboundSettings(CAMPAIGN, "Q3 Enterprise Outbound", "running", PACING, 4));
    }

    @Test
    void readsAPreviewCampaignWithoutDialerParametersAsHavingNoPacingAndTakesTheEtagVersion() {
        fake.stub("GET", SETTINGS_PATH, Reply.json(200, "{\"name\":\"Automated Preview Campaign\",\"type\":\"preview\"}")
                .header("ETag", "\"9\""));

        OutboundSettings settings = adapter.loadOutboundSettings(CAMPAIGN);

        assertThat(settings).isEqualTo(new OutboundSettings(CAMPAIGN, "Automated Preview Campaign", null, null, 9));
    }

    @Test
    void replacesTheDialerParametersNamingTheVersionReadAndReturnsTheNewOneWithTheStatus() {
        fake.stub("PUT", SETTINGS_PATH, Reply.json(200, "{\"id\":\"a1b2\",\"version\":5,\"status\":\"running\"}"));

        CxoneAnswer<Long> answer = adapter.updatePacing(CAMPAIGN, "Q3 Enterprise Outbound", PACING, 4);

        assertThat(answer).isEqualTo(new CxoneAnswer<>(5L, 200));
        Recorded request = fake.requests("PUT", SETTINGS_PATH).get(0);
        assertThat(request.header("If-Match")).isEqualTo("\"4\"");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1));
        JsonNode body = Json.read(request.body());
        assertThat(body.get("id").asString()).isEqualTo("a1b2");
        assertThat(body.get("name").asString()).isEqualTo("Q3 Enterprise Outbound");
        assertThat(body.get("dialerType").asString()).isEqualTo("predictive");
        assertThat(body.get("maxConcurrentCalls").asInt()).isEqualTo(150);
        assertThat(body.get("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(body.get("pacing").get("type").asString()).isEqualTo("fixed");
        assertThat(body.get("pacing").get("interval").asInt()).isEqualTo(60);
        assertThat(body.get("pacing").get("maxCallsPerInterval").asInt()).isEqualTo(25);
        assertThat(body.get("pacing").get("throttlePercent").asDouble()).isEqualTo(0.85);
        assertThat(body.get("advancedDialerSettings").get("autoRebalance").asBoolean()).isTrue();
        assertThat(body.get("advancedDialerSettings").get("queuePriority").asInt()).isEqualTo(1);
    }

    @Test
    void takesTheNewVersionFromTheEtagOfANoContentAnswer() {
        fake.stub("PUT", SETTINGS_PATH, Reply.status(204).header("ETag", "\"6\""));

        assertThat(adapter.updatePacing(CAMPAIGN, "Q3", PACING, 5)).isEqualTo(new CxoneAnswer<>(6L, 204));
    }

    @Test
    void readsTheVersionBackWhenTheUpdateAnswerNamesNone() {
        fake.stub("PUT", SETTINGS_PATH, Reply.status(204));
        fake.stub("GET", SETTINGS_PATH, Reply.json(200, "{\"id\":\"a1b2\",\"name\":\"Q3\",\"version\":8}"));

        // The status is the update's, not that of the read that followed it.
        assertThat(adapter.updatePacing(CAMPAIGN, "Q3", PACING, 7)).isEqualTo(new CxoneAnswer<>(8L, 204));
        assertThat(fake.requests("GET", SETTINGS_PATH)).hasSize(1);
    }

    @Test
    void reportsAStaleVersionWithoutRetrying() {
        fake.stub("PUT", SETTINGS_PATH, Reply.json(412, "{\"message\":\"version 4 is stale, current is 5\"}"));

        assertThatThrownBy(() -> adapter.updatePacing(CAMPAIGN, "Q3", PACING, 4))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
                    assertThat(stale.operation()).isEqualTo("PUT /api/v2/outbound/campaigns/{id}");
                    assertThat(stale.httpStatus()).isEqualTo(412);
                    assertThat(stale.serverMessage()).isEqualTo("version 4 is stale, current is 5");
                });
        assertThat(fake.requests("PUT", SETTINGS_PATH)).hasSize(1);
    }

    @Test
    void reportsABrokenEngineLimitAsRejected() {
        fake.stub("PUT", SETTINGS_PATH, Reply.json(422, "{\"message\":\"maxConcurrentCalls exceeds licensed capacity 100\"}"));

        assertThatThrownBy(() -> adapter.updatePacing(CAMPAIGN, "Q3", PACING, 4))
                .isInstanceOfSatisfying(CxoneRejectedException.class, rejected -> {
                    assertThat(rejected.httpStatus()).isEqualTo(422);
                    assertThat(rejected.serverMessage()).isEqualTo("maxConcurrentCalls exceeds licensed capacity 100");
                });
        assertThat(fake.requests("PUT", SETTINGS_PATH)).hasSize(1);
    }

    @Test
    void configuresAPreviewCampaignInThePreviewFormGuardedByItsVersion() {
        fake.stub("PUT", SETTINGS_PATH, Reply.json(200, "{\"id\":\"a1b2\",\"version\":3,\"status\":\"draft\"}"));

        CxoneAnswer<Long> answer = adapter.configurePreview(CAMPAIGN, "Automated Preview Campaign",
                new PreviewSettings("list_7", "queue_2", 5), 2);

        assertThat(answer).isEqualTo(new CxoneAnswer<>(3L, 200));
        Recorded request = fake.requests("PUT", SETTINGS_PATH).get(0);
        assertThat(request.header("If-Match")).isEqualTo("\"2\"");
        JsonNode body = Json.read(request.body());
        assertThat(body.get("name").asString()).isEqualTo("Automated Preview Campaign");
        assertThat(body.get("type").asString()).isEqualTo("preview");
        assertThat(body.get("contactLists").toString()).isEqualTo("[{\"id\":\"list_7\",\"type\":\"contactlist\"}]");
        assertThat(body.get("dialingRules").get("strategy").asString()).isEqualTo("preview");
        assertThat(body.get("dialingRules").get("maxAttempts").asInt()).isEqualTo(1);
        assertThat(body.get("dialingRules").get("callbackEnabled").asBoolean()).isFalse();
        JsonNode directive = body.get("agentDirectives").get(0);
        assertThat(directive.get("queueId").asString()).isEqualTo("queue_2");
        assertThat(directive.get("skillRequirement").asString()).isEqualTo("outbound_preview");
        assertThat(directive.get("agentCount").asInt()).isEqualTo(5);
        assertThat(body.get("previewSettings").get("previewDialingMode").asString()).isEqualTo("manual");
        assertThat(body.get("previewSettings").get("agentPromptEnabled").asBoolean()).isTrue();
    }

    @Test
    void countsTheActivePreviewCampaignsOfEveryPage() {
        fake.stub("GET", "/api/v2/outbound/campaigns",
                Reply.json(200, "{\"entity\":[{\"id\":\"p1\"},{\"id\":\"p2\"}],\"nextPageUri\":\"/api/v2/outbound/campaigns?type=preview&status=active&limit=1000&page=2\"}"),
                Reply.json(200, "{\"entity\":[{\"id\":\"p3\"}]}"));

        assertThat(adapter.countActivePreviewCampaigns()).isEqualTo(3);
        assertThat(fake.requests("GET", "/api/v2/outbound/campaigns").get(0).query())
                .isEqualTo("type=preview&status=active&limit=1000");
    }

    @Test
    void stopsCountingWithARefusalInsteadOfLoopingWhenANextPageUriRepeats() {
        fake.stub("GET", "/api/v2/outbound/campaigns",
                Reply.json(200, "{\"entity\":[{\"id\":\"p1\"}],\"nextPageUri\":\"/api/v2/outbound/campaigns?page=2\"}"));

        assertThatThrownBy(adapter::countActivePreviewCampaigns)
                .isInstanceOf(CxoneRejectedException.class)
                .hasMessageContaining("already read");
        assertThat(fake.requests("GET", "/api/v2/outbound/campaigns")).hasSize(2);
    }

    @Test
    void countsNoneWhenTheListIsEmpty() {
        fake.stub("GET", "/api/v2/outbound/campaigns", Reply.json(200, "{\"entity\":[]}"));

        assertThat(adapter.countActivePreviewCampaigns()).isZero();
    }

    @Test
    void assignsAgentsWithTheirWindowsInHoursAndMinutesAndReturnsTheAssignmentId() {
        fake.stub("PUT", SETTINGS_PATH + "/agents", Reply.json(200,
                "{\"campaignId\":\"a1b2\",\"agentsUpdated\":2,\"assignmentId\":\"asg_77\",\"timestamp\":\"2025-01-10T09:00:00Z\"}"));
        ZoneId newYork = ZoneId.of("America/New_York");
        List<AgentAssignment> agents = List.of(
                new AgentAssignment("agent-uuid-001", Set.of("sales", "preview-qualified"), LocalTime.of(9, 0), LocalTime.of(17, 0), newYork, 1),
                new AgentAssignment("agent-uuid-002", Set.of("sales"), LocalTime.of(8, 30, 15), LocalTime.of(12, 0), ZoneId.of("Europe/Paris"), 2));

        CxoneAnswer<AgentsAssigned> answer = adapter.assignAgents(CAMPAIGN, agents);

        assertThat(answer).isEqualTo(new CxoneAnswer<>(new AgentsAssigned("asg_77", 2), 200));
        JsonNode body = Json.read(fake.requests("PUT", SETTINGS_PATH + "/agents").get(0).body());
        JsonNode first = body.get("agents").get(0);
        assertThat(first.get("userId").asString()).isEqualTo("agent-uuid-001");
        assertThat(first.get("skills").toString()).isEqualTo("[\"preview-qualified\",\"sales\"]");
        assertThat(first.get("availabilityWindow").toString())
                .isEqualTo("{\"start\":\"09:00\",\"end\":\"17:00\",\"timezone\":\"America/New_York\"}");
        assertThat(first.get("maxConcurrentCalls").asInt()).isEqualTo(1);
        JsonNode second = body.get("agents").get(1);
        assertThat(second.get("availabilityWindow").get("start").asString()).isEqualTo("08:30");
        assertThat(second.get("availabilityWindow").get("timezone").asString()).isEqualTo("Europe/Paris");
    }

    @Test
    void reportsExceededCapacityAsAConflictThatIsNotAboutAName() {
        fake.stub("PUT", SETTINGS_PATH + "/agents", Reply.json(409, "{\"message\":\"capacity exceeded: 12 of 10 agents\"}"));

        assertThatThrownBy(() -> adapter.assignAgents(CAMPAIGN, List.of(
                new AgentAssignment("agent-1", Set.of("sales"), LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("UTC"), 1))))
                .isInstanceOf(CxoneConflictException.class)
                .isNotInstanceOf(CampaignNameTakenException.class)
                .hasMessageContaining("capacity exceeded");
        assertThat(fake.requests("PUT", SETTINGS_PATH + "/agents")).hasSize(1);
    }
}
