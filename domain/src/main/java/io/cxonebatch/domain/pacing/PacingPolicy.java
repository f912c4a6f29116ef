package io.cxonebatch.domain.pacing;

import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violations;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Checks {@link PacingSettings} against the {@link EngineLimits}, reporting every violation at once, on the
 * pacing plan's columns:
 * <ul>
 *   <li>{@code max_concurrent_calls} in 1..limit ({@code MAX_CONCURRENT_CALLS_OUT_OF_RANGE})</li>
 *   <li>{@code interval_seconds} at least the minimum ({@code PACING_INTERVAL_BELOW_MINIMUM})</li>
 *   <li>{@code max_calls_per_interval} above 0 ({@code MAX_CALLS_PER_INTERVAL_NOT_POSITIVE})</li>
 *   <li>{@code throttle_percent} in (0, max] ({@code THROTTLE_NOT_POSITIVE}, {@code THROTTLE_ABOVE_MAXIMUM})</li>
 *   <li>{@code timezone} approved ({@code TIME_ZONE_NOT_APPROVED})</li>
 *   <li>{@code pacing_type} not blank ({@code MISSING_VALUE})</li>
 *   <li>{@code queue_priority} at least 1 ({@code QUEUE_PRIORITY_NOT_POSITIVE})</li>
 * </ul>
 */
public final class PacingPolicy {

    private final EngineLimits limits;

    public PacingPolicy(EngineLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public EngineLimits limits() {
        return limits;
    }

    public Validated<PacingSettings> check(PacingSettings settings) {
        Violations violations = new Violations();
        limits.checkMaxConcurrentCalls(PacingPlanEntry.MAX_CONCURRENT_CALLS, settings.maxConcurrentCalls(), violations);
        if (settings.pacingType().isBlank()) {
            violations.add("MISSING_VALUE", PacingPlanEntry.PACING_TYPE, PacingPlanEntry.PACING_TYPE + " is required but is empty");
        }
        checkInterval(settings.intervalSeconds(), violations);
        checkMaxCallsPerInterval(settings.maxCallsPerInterval(), violations);
        checkThrottle(BigDecimal.valueOf(settings.throttlePercent()), violations);
        limits.checkApprovedZone(PacingPlanEntry.TIMEZONE, settings.timeZone(), violations);
        checkQueuePriority(settings.queuePriority(), violations);
        return violations.toValidated(() -> settings);
    }

    void checkInterval(int seconds, Violations violations) {
        if (seconds < limits.minPacingInterval().getSeconds()) {
            violations.add("PACING_INTERVAL_BELOW_MINIMUM", PacingPlanEntry.INTERVAL_SECONDS, PacingPlanEntry.INTERVAL_SECONDS
                    + " " + seconds + " is below the minimum " + limits.minPacingInterval().getSeconds());
        }
    }

    void checkMaxCallsPerInterval(int calls, Violations violations) {
        if (calls <= 0) {
            violations.add("MAX_CALLS_PER_INTERVAL_NOT_POSITIVE", PacingPlanEntry.MAX_CALLS_PER_INTERVAL,
                    PacingPlanEntry.MAX_CALLS_PER_INTERVAL + " " + calls + " must be above 0");
        }
    }

    void checkThrottle(BigDecimal throttle, Violations violations) {
        if (throttle.signum() <= 0) {
            violations.add("THROTTLE_NOT_POSITIVE", PacingPlanEntry.THROTTLE_PERCENT,
                    PacingPlanEntry.THROTTLE_PERCENT + " " + CellParser.plain(throttle) + " must be above 0");
        } else if (throttle.compareTo(BigDecimal.valueOf(limits.maxThrottle())) > 0) {
            violations.add("THROTTLE_ABOVE_MAXIMUM", PacingPlanEntry.THROTTLE_PERCENT, PacingPlanEntry.THROTTLE_PERCENT
                    + " " + CellParser.plain(throttle) + " is above the maximum " + CellParser.plain(limits.maxThrottle()));
        }
    }

    void checkQueuePriority(int priority, Violations violations) {
        if (priority < 1) {
            violations.add("QUEUE_PRIORITY_NOT_POSITIVE", PacingPlanEntry.QUEUE_PRIORITY,
                    PacingPlanEntry.QUEUE_PRIORITY + " " + priority + " must be at least 1");
        }
    }
}
