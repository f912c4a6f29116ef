package io.cxonebatch.domain.pacing;

import static io.cxonebatch.domain.pacing.PacingPlanEntryFixture.pacingRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.validation.Violation;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PacingPlanValidatorTest {

    private final PacingPlanValidator validator = new PacingPlanValidator(EngineLimits.defaults());

    @Test
    void aValidRowBecomesAChangeWithTheDefaults() {
        PacingChange change = validator.validate(pacingRow().build()).valueOrThrow();

        assertThat(change.campaignReference()).isEqualTo("Q3-EAST");
        assertThat(change.settings()).isEqualTo(new PacingSettings(CampaignType.PREDICTIVE, 150, "fixed", 60, 25, 0.85,
                ZoneId.of("America/New_York"), true, 1));
    }

    @Test
    void takesAutoRebalanceAndQueuePriorityWhenGiven() {
        PacingSettings settings = validator.validate(pacingRow().with("auto_rebalance", "FALSE").with("queue_priority", "3")
                .with("dialer_type", "Preview").build()).valueOrThrow().settings();

        assertThat(settings.autoRebalance()).isFalse();
        assertThat(settings.queuePriority()).isEqualTo(3);
        assertThat(settings.dialerType()).isEqualTo(CampaignType.PREVIEW);
    }

    @Test
    void reportsEveryMalformedCellAndEveryBrokenLimitOfARowAtOnce() {
        var result = validator.validate(pacingRow()
                .without("campaign")
                .with("dialer_type", "robotic")
                .with("max_concurrent_calls", "many")
                .with("interval_seconds", "15")
                .with("max_calls_per_interval", "-1")
                .with("throttle_percent", "1.2")
                .with("timezone", "Asia/Tokyo")
                .with("auto_rebalance", "sometimes")
                .with("queue_priority", "0")
                .build());

        assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                tuple("MISSING_VALUE", "campaign"),
                tuple("UNKNOWN_CAMPAIGN_TYPE", "dialer_type"),
                tuple("NOT_AN_INTEGER", "max_concurrent_calls"),
                tuple("PACING_INTERVAL_BELOW_MINIMUM", "interval_seconds"),
                tuple("MAX_CALLS_PER_INTERVAL_NOT_POSITIVE", "max_calls_per_interval"),
                tuple("THROTTLE_ABOVE_MAXIMUM", "throttle_percent"),
                tuple("TIME_ZONE_NOT_APPROVED", "timezone"),
                tuple("NOT_A_BOOLEAN", "auto_rebalance"),
                tuple("QUEUE_PRIORITY_NOT_POSITIVE", "queue_priority"));
    }

    @Test
    void requiresEveryRequiredColumn() {
        var result = validator.validate(PacingPlanEntry.fromCells(2, column -> null));

        assertThat(result.violations()).extracting(Violation::field).containsExactly("campaign", "dialer_type",
                "max_concurrent_calls", "pacing_type", "interval_seconds", "max_calls_per_interval", "throttle_percent",
                "timezone");
    }

    @Test
    void comparesTheThrottleExactlyAsWritten() {
        assertThat(validator.validate(pacingRow().with("throttle_percent", "0.950000000000000001").build()).violations())
                .extracting(Violation::code).containsExactly("THROTTLE_ABOVE_MAXIMUM");
    }
}
