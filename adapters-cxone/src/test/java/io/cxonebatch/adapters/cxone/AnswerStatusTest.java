package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.PacingSettings;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every call that changes CXone returns the status of the response it got, whichever 2xx CXone chose (the audit
 * records it), and after a retry the status of the answer that succeeded.
 */
class AnswerStatusTest {

    private static final CampaignId CAMPAIGN = CampaignId.of("camp_42");
    private static final String OUTBOUND = "/api/v2/outbound/campaigns/camp_42";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final PacingSettings PACING = new PacingSettings(CampaignType.PREDICTIVE, 150, "fixed", 60, 25, 0.85,
            NEW_YORK, true, 1);

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @ParameterizedTest(name = "create answered {0}")
    @ValueSource(ints = {201, 200})
    void createReturnsTheStatusCxoneSent(int status) {
        fake.stub("POST", "/api/v2/campaigns", Reply.json(status, "{\"id\":\"camp_42\",\"status\":\"DRAFT\"}"));

        assertThat(adapter.createCampaign(newCampaign())).isEqualTo(new CxoneAnswer<>(CAMPAIGN, status));
    }

    @ParameterizedTest(name = "activation answered {0}")
    @ValueSource(ints = {202, 200, 204})
    void activationReturnsTheStatusCxoneSent(int status) {
        fake.stub("POST", "/api/v2/campaigns/camp_42/activate", Reply.status(status));

        assertThat(adapter.activateCampaign(CAMPAIGN)).isEqualTo(CxoneAnswer.of(status));
    }

    @Test
    void activationIgnoresTheBodyItDoesNotPromise() {
        fake.stub("POST", "/api/v2/campaigns/camp_42/activate",
                Reply.json(202, "{\"id\":\"camp_42\",\"status\":\"ACTIVATING\",\"somethingNew\":[1,2]}"));

        assertThat(adapter.activateCampaign(CAMPAIGN)).isEqualTo(CxoneAnswer.of(202));
    }

    @ParameterizedTest(name = "dialer rule answered {0}")
    @ValueSource(ints = {201, 200})
    void attachingARuleReturnsTheStatusCxoneSent(int status) {
        fake.stub("POST", "/api/v2/campaign-dialer-rules", Reply.json(status, "{\"id\":\"rule_3\",\"status\":\"ACTIVE\"}"));

        assertThat(adapter.attachDialerRule(CAMPAIGN, new DialerRule(0.03, 1.25, 50, "list_9")))
                .isEqualTo(new CxoneAnswer<>("rule_3", status));
    }

    @ParameterizedTest(name = "pacing update answered {0}")
    @ValueSource(ints = {200, 201, 204})
    void aPacingUpdateReturnsTheStatusCxoneSent(int status) {
        fake.stub("PUT", OUTBOUND, versioned(status, 5));

        assertThat(adapter.updatePacing(CAMPAIGN, "Q3", PACING, 4)).isEqualTo(new CxoneAnswer<>(5L, status));
    }

    @ParameterizedTest(name = "preview configuration answered {0}")
    @ValueSource(ints = {200, 204})
    void aPreviewConfigurationReturnsTheStatusCxoneSent(int status) {
        fake.stub("PUT", OUTBOUND, versioned(status, 3));

        assertThat(adapter.configurePreview(CAMPAIGN, "Preview", new PreviewSettings("list_7", "queue_2", 5), 2))
                .isEqualTo(new CxoneAnswer<>(3L, status));
    }

    @ParameterizedTest(name = "agents answered {0}")
    @ValueSource(ints = {200, 201})
    void assigningAgentsReturnsTheStatusCxoneSent(int status) {
        fake.stub("PUT", OUTBOUND + "/agents", Reply.json(status, "{\"campaignId\":\"camp_42\",\"assignmentId\":\"asg_7\"}"));

        assertThat(adapter.assignAgents(CAMPAIGN, List.of(
                new AgentAssignment("agent-1", Set.of("sales"), LocalTime.of(9, 0), LocalTime.of(17, 0), NEW_YORK, 1))))
                .isEqualTo(new CxoneAnswer<>(new AgentsAssigned("asg_7", null), status));
    }

    @ParameterizedTest(name = "webhook answered {0}")
    @ValueSource(ints = {201, 200, 204})
    void registeringAWebhookReturnsTheStatusCxoneSent(int status) {
        fake.stub("POST", "/api/v2/webhooks", status == 204 ? Reply.status(204) : Reply.json(status, "{\"id\":\"wh_1\"}"));

        assertThat(adapter.registerWebhook("QA", "campaign.preview.activated", "https://wfm.example/hook"))
                .isEqualTo(CxoneAnswer.of(status));
    }

    @Test
    void returnsTheStatusOfTheAnswerThatSucceededAfterARetry() {
        fake.stub("POST", "/api/v2/campaigns", Reply.json(429, "{\"message\":\"slow down\"}").header("Retry-After", "0"),
                Reply.json(200, "{\"id\":\"camp_42\"}"));
        fake.stub("POST", "/api/v2/webhooks", Reply.json(401, "{\"message\":\"token revoked\"}"), Reply.status(204));

        assertThat(adapter.createCampaign(newCampaign())).isEqualTo(new CxoneAnswer<>(CAMPAIGN, 200));
        assertThat(adapter.registerWebhook("QA", "campaign.preview.activated", "https://wfm.example/hook"))
                .isEqualTo(CxoneAnswer.of(204));
    }

    /** A versioned update's answer: the new version in the body, or only in the ETag when there is no body. */
    private static Reply versioned(int status, long version) {
        return status == 204
                ? Reply.status(204).header("ETag", "\"" + version + "\"")
                : Reply.json(status, "{\"id\":\"camp_42\",\"version\":" + version + "}");
    }

    private static NewCampaign newCampaign() {
        return new NewCampaign("Q3", CampaignType.PREDICTIVE, null, List.of(), List.of(), null,
                new ScheduleWindow(NEW_YORK, Instant.parse("2024-09-15T12:00:00Z"), Instant.parse("2024-09-15T21:00:00Z")), null);
    }
}
