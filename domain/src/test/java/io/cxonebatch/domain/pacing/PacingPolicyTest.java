package io.cxonebatch.domain.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.validation.Violation;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PacingPolicyTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final PacingPolicy policy = new PacingPolicy(EngineLimits.defaults());

    private static PacingSettings settings(int concurrent, String pacingType, int interval, int perInterval, double throttle,
            ZoneId zone) {
        return new PacingSettings(CampaignType.PREDICTIVE, concurrent, pacingType, interval, perInterval, throttle, zone, true, 1);
    }

    @Test
    void acceptsSettingsWithinEveryLimitIncludingTheBoundaries() {
        PacingSettings settings = settings(500, "fixed", 30, 1, 0.95, NEW_YORK);

        assertThat(policy.check(settings).valueOrThrow()).isEqualTo(settings);
        assertThat(policy.check(settings(1, "fixed", 30, 1, 0.01, NEW_YORK)).isValid()).isTrue();
    }

    @Test
    void reportsEveryBrokenLimitAtOnce() {
        var result = policy.check(settings(501, " ", 29, 0, 0.96, ZoneId.of("Europe/London")));

        assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                tuple("MAX_CONCURRENT_CALLS_OUT_OF_RANGE", "max_concurrent_calls"),
                tuple("MISSING_VALUE", "pacing_type"),
                tuple("PACING_INTERVAL_BELOW_MINIMUM", "interval_seconds"),
                tuple("MAX_CALLS_PER_INTERVAL_NOT_POSITIVE", "max_calls_per_interval"),
                tuple("THROTTLE_ABOVE_MAXIMUM", "throttle_percent"),
                tuple("TIME_ZONE_NOT_APPROVED", "timezone"));
        assertThat(result.violations()).extracting(Violation::message).contains(
                "interval_seconds 29 is below the minimum 30",
                "throttle_percent 0.96 is above the maximum 0.95");
    }

    @Test
    void rejectsNoConcurrentCalls() {
        assertThat(policy.check(settings(0, "fixed", 60, 10, 0.5, NEW_YORK)).violations()).extracting(Violation::code)
                .containsExactly("MAX_CONCURRENT_CALLS_OUT_OF_RANGE");
    }

    @Test
    void rejectsAThrottleOfZero() {
        assertThat(policy.check(settings(10, "fixed", 60, 10, 0, NEW_YORK)).violations()).extracting(Violation::code)
                .containsExactly("THROTTLE_NOT_POSITIVE");
    }

    @Test
    void followsAConfiguredMinimumInterval() {
        PacingPolicy relaxed = new PacingPolicy(EngineLimits.defaults().withMinPacingInterval(java.time.Duration.ofSeconds(10)));

        assertThat(relaxed.check(settings(10, "fixed", 10, 10, 0.5, NEW_YORK)).isValid()).isTrue();
    }

    @Test
    void rejectsAQueuePriorityBelowOne() {
        PacingSettings settings = new PacingSettings(CampaignType.PREVIEW, 10, "fixed", 60, 10, 0.5, NEW_YORK, false, 0);

        assertThat(policy.check(settings).violations()).extracting(Violation::code).containsExactly("QUEUE_PRIORITY_NOT_POSITIVE");
    }
}
