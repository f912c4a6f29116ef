package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 429 without {@code Retry-After} is retried with the retry's backoff, a bounded number of times, then reported. */
class AdminRateLimitIT {

    private static final String SKILL = AdminOperator.SERVICES + "/skills/{skillId}";

    @Test
    void aSandboxRateLimitIsRetriedWithTheConfiguredBackoffAndThenReportedWithoutWaitingLonger() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().port(0).start()) {
            new AdminOperator(sandbox.baseUrl()).createOutboundSkills(List.of("limited"));
            // Two reads a minute, counted from now: the third read of the minute is refused.
            sandbox.faults().rateLimitPerMinute(2);
            CampaignId id = CampaignId.of(Integer.toString(sandbox.adminInspect().skill("limited").orElseThrow().skillId()));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            CxoneClientSettings settings = CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID,
                            AdminOperator.ACCESS_KEY_SECRET)
                    .tenant("limited")
                    .retryMaxAttempts(3)
                    .retryInitialBackoff(Duration.ofMillis(200))
                    .retryMultiplier(3.0)
                    .retryMaxBackoff(Duration.ofSeconds(1))
                    .retryJitter(0.0)
                    .build();
            AdminCampaignAdapter adapter = AdminAdapters.connect(settings, registry, Clock.systemUTC(), null).campaigns();
            adapter.loadCampaign(id);
            adapter.loadCampaign(id);

            long start = System.nanoTime();
            Throwable limited = catchThrowable(() -> adapter.loadCampaign(id));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(limited).isInstanceOfSatisfying(CxoneRateLimitedException.class,
                    failure -> assertThat(failure.httpStatus()).isEqualTo(429));
            assertThat(sandbox.adminInspect().requestCount("GET", SKILL, 429)).isEqualTo(3);
            Counter retries = registry.find("cxone.client.retries").tag("reason", "rate_limited").counter();
            assertThat(retries).isNotNull();
            assertThat(retries.count()).isEqualTo(2.0);
            // Backoffs of 200 ms and 600 ms, and permits 600 ms apart at 100 a minute: never the sandbox's minute.
            assertThat(took).isBetween(Duration.ofMillis(800), Duration.ofSeconds(10));
        }
    }
}
