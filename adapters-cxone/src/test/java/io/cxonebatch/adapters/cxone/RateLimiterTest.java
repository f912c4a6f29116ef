package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.FakeCxone.Recorded;
import io.cxonebatch.adapters.cxone.FakeCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final String CAMPAIGN = "/api/v2/campaigns/camp_1";
    private static final CampaignId ID = CampaignId.of("camp_1");
    private static final Reply CAMPAIGN_FOUND = Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}");

    private final FakeCxone fake = FakeCxone.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void spreadsABurstOfCallsOverTheConfiguredRate() {
        // 1200 a minute: one request every 50 ms.
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).rateLimitPerMinute(1200).build(), new SimpleMeterRegistry());
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);

        long started = System.nanoTime();
        for (int i = 0; i < 11; i++) {
            adapter.loadCampaign(ID);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        List<Recorded> requests = fake.requests("GET", CAMPAIGN);
        Duration spread = Duration.ofNanos(requests.get(10).receivedNanos() - requests.get(0).receivedNanos());
        assertThat(spread).isBetween(Duration.ofMillis(440), Duration.ofMillis(2000));
        assertThat(elapsed).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void takesAPermitForEveryRetryToo() {
        // 600 a minute: one permit per 100 ms cycle, though the backoff is a millisecond. Five calls that each
        // need a retry make ten requests, so ten cycles; without permits for retries they would need five.
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).rateLimitPerMinute(600)
                .circuitBreakerSlidingWindowSize(20).circuitBreakerMinimumCalls(20).build(), new SimpleMeterRegistry());
        Reply failure = Reply.status(503);
        fake.stub("GET", CAMPAIGN, failure, CAMPAIGN_FOUND, failure, CAMPAIGN_FOUND, failure, CAMPAIGN_FOUND, failure,
                CAMPAIGN_FOUND, failure, CAMPAIGN_FOUND);

        for (int i = 0; i < 5; i++) {
            adapter.loadCampaign(ID);
        }

        List<Recorded> requests = fake.requests("GET", CAMPAIGN);
        assertThat(requests).hasSize(10);
        assertThat(Duration.ofNanos(requests.get(9).receivedNanos() - requests.get(0).receivedNanos()))
                .isBetween(Duration.ofMillis(780), Duration.ofMillis(3000));
    }

    @Test
    void failsWithoutCallingCxoneWhenNoPermitComesInTime() {
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake)
                .rateLimitPerMinute(60).maxWaitForPermit(Duration.ofMillis(100)).build(), new SimpleMeterRegistry());
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);
        adapter.loadCampaign(ID);

        assertThatThrownBy(() -> adapter.loadCampaign(ID))
                .isInstanceOfSatisfying(CxoneRateLimitedException.class, limited -> {
                    assertThat(limited.httpStatus()).isZero();
                    assertThat(limited.operation()).isEqualTo("GET /api/v2/campaigns/{id}");
                })
                .hasMessageContaining("client rate limiter 'cxone-test' gave no permit within PT0.1S");
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(1);
    }
}
