package io.cxonebatch.domain.pacing;

import static io.cxonebatch.domain.pacing.PacingPlanEntry.AUTO_REBALANCE;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.CAMPAIGN;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.DIALER_TYPE;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.INTERVAL_SECONDS;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.MAX_CALLS_PER_INTERVAL;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.MAX_CONCURRENT_CALLS;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.PACING_TYPE;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.QUEUE_PRIORITY;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.THROTTLE_PERCENT;
import static io.cxonebatch.domain.pacing.PacingPlanEntry.TIMEZONE;

import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Parses and checks a {@link PacingPlanEntry} into a {@link PacingChange}, reporting every malformed cell and
 * every broken {@link PacingPolicy} rule of the row at once. Defaults: {@code auto_rebalance} true,
 * {@code queue_priority} 1. Besides the policy's codes: the {@link CellParser} codes and
 * {@code UNKNOWN_CAMPAIGN_TYPE}.
 */
public final class PacingPlanValidator {

    public static final boolean DEFAULT_AUTO_REBALANCE = true;
    public static final int DEFAULT_QUEUE_PRIORITY = 1;

    private final PacingPolicy policy;

    public PacingPlanValidator(EngineLimits limits) {
        this.policy = new PacingPolicy(limits);
    }

    public Validated<PacingChange> validate(PacingPlanEntry entry) {
        Violations violations = new Violations();
        CellParser cells = new CellParser(violations);
        EngineLimits limits = policy.limits();

        String campaign = cells.required(CAMPAIGN, entry.campaign());
        CampaignType dialerType = violations.take(CampaignType.parse(entry.dialerType(), DIALER_TYPE));
        Integer maxConcurrentCalls = cells.requiredInteger(MAX_CONCURRENT_CALLS, entry.maxConcurrentCalls());
        if (maxConcurrentCalls != null) {
            limits.checkMaxConcurrentCalls(MAX_CONCURRENT_CALLS, maxConcurrentCalls, violations);
        }
        String pacingType = cells.required(PACING_TYPE, entry.pacingType());
        Integer interval = cells.requiredInteger(INTERVAL_SECONDS, entry.intervalSeconds());
        if (interval != null) {
            policy.checkInterval(interval, violations);
        }
        Integer callsPerInterval = cells.requiredInteger(MAX_CALLS_PER_INTERVAL, entry.maxCallsPerInterval());
        if (callsPerInterval != null) {
            policy.checkMaxCallsPerInterval(callsPerInterval, violations);
        }
        BigDecimal throttle = cells.requiredDecimal(THROTTLE_PERCENT, entry.throttlePercent());
        if (throttle != null) {
            policy.checkThrottle(throttle, violations);
        }
        ZoneId zone = cells.requiredZone(TIMEZONE, entry.timezone());
        if (zone != null) {
            limits.checkApprovedZone(TIMEZONE, zone, violations);
        }
        Boolean autoRebalance = cells.optionalBoolean(AUTO_REBALANCE, entry.autoRebalance(), DEFAULT_AUTO_REBALANCE);
        Integer priority = cells.optionalInteger(QUEUE_PRIORITY, entry.queuePriority());
        int queuePriority = priority == null ? DEFAULT_QUEUE_PRIORITY : priority;
        if (priority != null) {
            policy.checkQueuePriority(queuePriority, violations);
        }

        return violations.toValidated(() -> new PacingChange(Objects.requireNonNull(campaign), new PacingSettings(
                Objects.requireNonNull(dialerType), maxConcurrentCalls, Objects.requireNonNull(pacingType), interval,
                callsPerInterval, Objects.requireNonNull(throttle).doubleValue(), Objects.requireNonNull(zone),
                Objects.requireNonNull(autoRebalance), queuePriority)));
    }
}
