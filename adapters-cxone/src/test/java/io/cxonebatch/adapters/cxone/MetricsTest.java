package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final String CAMPAIGN = "/api/v2/campaigns/camp_1";
    private static final CampaignId ID = CampaignId.of("camp_1");

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private Timer requests(String method, String endpoint, String status) {
        return registry.find("cxone.client.requests").tag("method", method).tag("endpoint", endpoint).tag("status", status).timer();
    }

    private double counter(String name, String tag, String value) {
        Counter counter = registry.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void timesEveryRequestByEndpointTemplateMethodAndStatus() {
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), registry);
        fake.stub("GET", CAMPAIGN, Reply.status(503), Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}"));

        adapter.loadCampaign(ID);
        adapter.loadCampaign(ID);

        assertThat(requests("GET", "/api/v2/campaigns/{id}", "503").count()).isEqualTo(1);
        assertThat(requests("GET", "/api/v2/campaigns/{id}", "200").count()).isEqualTo(2);
        assertThat(requests("GET", "/api/v2/campaigns/{id}", "200").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(requests("POST", "/oauth/token", "200").count()).isEqualTo(1);
        assertThat(registry.find("cxone.client.requests").tag("endpoint", "/api/v2/campaigns/camp_1").timer()).isNull();
    }

    @Test
    void countsRetriesByReasonAndTokenRefreshesByOutcome() {
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).retryMaxAttempts(4).build(), registry);
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, Reply.status(500), fake.tokens(3600));
        fake.stub("GET", CAMPAIGN, Reply.status(429).header("Retry-After", "0"), Reply.status(502),
                Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}"));

        adapter.loadCampaign(ID);

        assertThat(counter("cxone.client.retries", "reason", "server_error")).isEqualTo(2);
        assertThat(counter("cxone.client.retries", "reason", "rate_limited")).isEqualTo(1);
        assertThat(counter("cxone.client.token.refreshes", "outcome", "failure")).isEqualTo(1);
        assertThat(counter("cxone.client.token.refreshes", "outcome", "success")).isEqualTo(1);
    }

    @Test
    void recordsARequestThatGotNoAnswerAsAnIoError() {
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake)
                .readTimeout(Duration.ofMillis(150)).retryMaxAttempts(2).build(), registry);
        fake.stub("GET", CAMPAIGN, Reply.status(200).after(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> adapter.loadCampaign(ID)).isInstanceOf(CxoneUnavailableException.class);

        assertThat(requests("GET", "/api/v2/campaigns/{id}", "IO_ERROR").count()).isEqualTo(2);
        assertThat(counter("cxone.client.retries", "reason", "timeout")).isEqualTo(1);
    }

    @Test
    void timesEveryRequestsWaitForItsPermitInThisProcesssScope() {
        // One permit every 100 ms: the first comes at once, the token request and the later GETs wait for theirs.
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).rateLimitPerMinute(600).build(), registry);
        fake.stub("GET", CAMPAIGN, Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}"));

        adapter.loadCampaign(ID);
        adapter.loadCampaign(ID);
        adapter.loadCampaign(ID);

        Timer waits = registry.find("cxone.client.permit.wait").tag("scope", "process").timer();
        assertThat(waits).isNotNull();
        assertThat(waits.count()).as("the token request and three GETs").isEqualTo(4);
        assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isGreaterThan(150);
        assertThat(registry.find("cxone.client.permit.wait").tag("scope", "tenant").timer()).isNull();
    }

    @Test
    void showsTheCircuitBreakersStateOneGaugePerStateWithOneForTheCurrentState() {
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).retryMaxAttempts(1).build(), registry);
        fake.stub("GET", CAMPAIGN, Reply.status(503));
        assertThat(breakerState("closed")).isEqualTo(1);

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> adapter.loadCampaign(ID)).isInstanceOf(CxoneUnavailableException.class);
        }

        assertThat(breakerState("open")).isEqualTo(1);
        assertThat(breakerState("closed")).isZero();
    }

    private double breakerState(String state) {
        Gauge gauge = registry.find("resilience4j.circuitbreaker.state").tag("name", "cxone-test").tag("state", state).gauge();
        assertThat(gauge).as("state gauge " + state).isNotNull();
        return gauge.value();
    }
}
