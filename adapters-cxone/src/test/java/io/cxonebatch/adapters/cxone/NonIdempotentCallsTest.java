package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attaching a dialer rule and registering a webhook change CXone each time they are sent, so they are sent again
 * only after an answer that says CXone did not act; creating a campaign is retried as any call, since CXone
 * refuses a repeated create with 409.
 */
class NonIdempotentCallsTest {

    private static final String RULES = "/api/v2/campaign-dialer-rules";
    private static final String WEBHOOKS = "/api/v2/webhooks";
    private static final CampaignId CAMPAIGN = CampaignId.of("camp_42");
    private static final DialerRule RULE = new DialerRule(0.03, 1.25, 50, "list_9");
    private static final Reply RULE_CREATED = Reply.json(201, "{\"id\":\"rule_3\",\"campaignId\":\"camp_42\",\"status\":\"ACTIVE\"}");

    private final ScriptedCxone fake = ScriptedCxone.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private CxoneAdapter adapter(CxoneClientSettings.Builder settings) {
        return CxoneAdapter.create(settings.build(), new SimpleMeterRegistry());
    }

    private CxoneAdapter adapter() {
        return adapter(TestSettings.forFake(fake));
    }

    @Test
    void sendsARuleOnceWhenCxoneAnswers500AndReportsTheOutcomeAsUnknown() {
        fake.stub("POST", RULES, Reply.json(500, "{\"message\":\"rule store timed out\"}"), RULE_CREATED);

        assertThatThrownBy(() -> adapter().attachDialerRule(CAMPAIGN, RULE))
                .isInstanceOfSatisfying(CxoneOutcomeUnknownException.class, unknown -> {
                    assertThat(unknown.operation()).isEqualTo("POST /api/v2/campaign-dialer-rules");
                    assertThat(unknown.httpStatus()).isEqualTo(500);
                    assertThat(unknown.serverMessage()).isEqualTo("rule store timed out");
                });
        assertThat(fake.requests("POST", RULES)).hasSize(1);
    }

    @Test
    void sendsARuleOnceWhenNoAnswerComesWithinTheReadTimeout() {
        CxoneAdapter adapter = adapter(TestSettings.forFake(fake).readTimeout(Duration.ofMillis(200)));
        fake.stub("POST", RULES, RULE_CREATED.after(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> adapter.attachDialerRule(CAMPAIGN, RULE))
                .isInstanceOfSatisfying(CxoneOutcomeUnknownException.class, unknown -> {
                    assertThat(unknown.httpStatus()).isZero();
                    assertThat(unknown.getCause()).isInstanceOf(HttpTimeoutException.class);
                });
        assertThat(fake.requests("POST", RULES)).hasSize(1);
    }

    @Test
    void sendsARuleAgainAfterA429() {
        fake.stub("POST", RULES, Reply.json(429, "{\"message\":\"slow down\"}").header("Retry-After", "0"), RULE_CREATED);

        assertThat(adapter().attachDialerRule(CAMPAIGN, RULE)).isEqualTo(new CxoneAnswer<>("rule_3", 201));
        assertThat(fake.requests("POST", RULES)).hasSize(2);
    }

    @Test
    void sendsARuleAgainWithAFreshTokenAfterA401() {
        fake.stub("POST", RULES, Reply.json(401, "{\"message\":\"token revoked\"}"), RULE_CREATED);

        assertThat(adapter().attachDialerRule(CAMPAIGN, RULE)).isEqualTo(new CxoneAnswer<>("rule_3", 201));
        assertThat(fake.requests("POST", RULES)).extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer " + ScriptedCxone.token(1), "Bearer " + ScriptedCxone.token(2));
    }

    @Test
    void retriesATokenRequestThatFailedBeforeTheRuleWasSent() {
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, Reply.status(503), fake.tokens(3600));
        fake.stub("POST", RULES, RULE_CREATED);

        assertThat(adapter().attachDialerRule(CAMPAIGN, RULE)).isEqualTo(new CxoneAnswer<>("rule_3", 201));
        assertThat(fake.requests("POST", RULES)).hasSize(1);
    }

    @Test
    void sendsAWebhookOnceWhenCxoneAnswers503AndReportsTheOutcomeAsUnknown() {
        fake.stub("POST", WEBHOOKS, Reply.status(503), Reply.json(201, "{\"id\":\"wh_1\"}"));

        assertThatThrownBy(() -> adapter().registerWebhook("QA", "campaign.preview.activated", "https://wfm.example/hook"))
                .isInstanceOfSatisfying(CxoneOutcomeUnknownException.class, unknown -> {
                    assertThat(unknown.operation()).isEqualTo("POST /api/v2/webhooks");
                    assertThat(unknown.httpStatus()).isEqualTo(503);
                });
        assertThat(fake.requests("POST", WEBHOOKS)).hasSize(1);
    }

    @Test
    void sendsAWebhookAgainAfterA429() {
        fake.stub("POST", WEBHOOKS, Reply.status(429).header("Retry-After", "0"), Reply.json(201, "{\"id\":\"wh_1\"}"));

        assertThat(adapter().registerWebhook("QA", "campaign.preview.activated", "https://wfm.example/hook"))
                .isEqualTo(CxoneAnswer.of(201));
        assertThat(fake.requests("POST", WEBHOOKS)).hasSize(2);
    }

    @Test
    void stillRetriesACampaignCreateAfterA500() {
        fake.stub("POST", "/api/v2/campaigns", Reply.status(500),
                Reply.json(201, "{\"id\":\"camp_9\",\"name\":\"Q3\",\"status\":\"DRAFT\"}"));
        ZoneId zone = ZoneId.of("America/New_York");
        NewCampaign campaign = new NewCampaign("Q3", CampaignType.PREDICTIVE, null, List.of(), List.of(), null,
                new ScheduleWindow(zone, Instant.parse("2024-09-15T12:00:00Z"), Instant.parse("2024-09-15T21:00:00Z")),
                null);

        assertThat(adapter().createCampaign(campaign)).isEqualTo(new CxoneAnswer<>(CampaignId.of("camp_9"), 201));
        assertThat(fake.requests("POST", "/api/v2/campaigns")).hasSize(2);
    }

    @Test
    void reportsAnOpenBreakerAsUnavailableSinceNothingWasSent() {
        CxoneAdapter adapter = adapter(TestSettings.forFake(fake).retryMaxAttempts(1));
        fake.stub("POST", RULES, Reply.status(502));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> adapter.attachDialerRule(CAMPAIGN, RULE)).isInstanceOf(CxoneOutcomeUnknownException.class);
        }

        assertThatThrownBy(() -> adapter.attachDialerRule(CAMPAIGN, RULE))
                .isInstanceOf(CxoneUnavailableException.class)
                .isNotInstanceOf(CxoneOutcomeUnknownException.class)
                .hasMessageContaining("circuit breaker 'cxone-test' is OPEN");
        assertThat(fake.requests("POST", RULES)).hasSize(4);
    }
}
