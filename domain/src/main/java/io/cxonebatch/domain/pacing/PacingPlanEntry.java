package io.cxonebatch.domain.pacing;

import io.cxonebatch.domain.validation.PlanLayout;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One row of a pacing plan as read, every cell as text (null or blank when empty). Check it with
 * {@link PacingPlanValidator}.
 *
 * @param lineNumber the row's line in the file, for rejection reports
 */
public record PacingPlanEntry(
        long lineNumber,
        @Nullable String campaign,
        @Nullable String dialerType,
        @Nullable String maxConcurrentCalls,
        @Nullable String pacingType,
        @Nullable String intervalSeconds,
        @Nullable String maxCallsPerInterval,
        @Nullable String throttlePercent,
        @Nullable String timezone,
        @Nullable String autoRebalance,
        @Nullable String queuePriority) {

    public static final String CAMPAIGN = "campaign";
    public static final String DIALER_TYPE = "dialer_type";
    public static final String MAX_CONCURRENT_CALLS = "max_concurrent_calls";
    public static final String PACING_TYPE = "pacing_type";
    public static final String INTERVAL_SECONDS = "interval_seconds";
    public static final String MAX_CALLS_PER_INTERVAL = "max_calls_per_interval";
    public static final String THROTTLE_PERCENT = "throttle_percent";
    public static final String TIMEZONE = "timezone";
    public static final String AUTO_REBALANCE = "auto_rebalance";
    public static final String QUEUE_PRIORITY = "queue_priority";

    /** The columns of a pacing plan file and those every file must have. */
    public static final PlanLayout LAYOUT = new PlanLayout("pacing plan",
            List.of(CAMPAIGN, DIALER_TYPE, MAX_CONCURRENT_CALLS, PACING_TYPE, INTERVAL_SECONDS, MAX_CALLS_PER_INTERVAL,
                    THROTTLE_PERCENT, TIMEZONE, AUTO_REBALANCE, QUEUE_PRIORITY),
            Set.of(CAMPAIGN, DIALER_TYPE, MAX_CONCURRENT_CALLS, PACING_TYPE, INTERVAL_SECONDS, MAX_CALLS_PER_INTERVAL,
                    THROTTLE_PERCENT, TIMEZONE));

    /** Builds an entry from a row, asking {@code cell} for each column by its lower-case name. */
    public static PacingPlanEntry fromCells(long lineNumber, Function<String, @Nullable String> cell) {
        return new PacingPlanEntry(lineNumber, cell.apply(CAMPAIGN), cell.apply(DIALER_TYPE),
                cell.apply(MAX_CONCURRENT_CALLS), cell.apply(PACING_TYPE), cell.apply(INTERVAL_SECONDS),
                cell.apply(MAX_CALLS_PER_INTERVAL), cell.apply(THROTTLE_PERCENT), cell.apply(TIMEZONE),
                cell.apply(AUTO_REBALANCE), cell.apply(QUEUE_PRIORITY));
    }
}
