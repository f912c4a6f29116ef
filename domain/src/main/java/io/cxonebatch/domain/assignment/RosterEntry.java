package io.cxonebatch.domain.assignment;

import io.cxonebatch.domain.validation.PlanLayout;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One row of an agent roster as read, every cell as text (null or blank when empty). Check it with
 * {@link RosterValidator}.
 *
 * @param lineNumber the row's line in the file, for rejection reports
 */
public record RosterEntry(
        long lineNumber,
        @Nullable String campaign,
        @Nullable String userId,
        @Nullable String skills,
        @Nullable String windowStart,
        @Nullable String windowEnd,
        @Nullable String timezone,
        @Nullable String maxConcurrentCalls,
        @Nullable String recentCallRate) {

    public static final String CAMPAIGN = "campaign";
    public static final String USER_ID = "user_id";
    public static final String SKILLS = "skills";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String TIMEZONE = "timezone";
    public static final String MAX_CONCURRENT_CALLS = "max_concurrent_calls";
    public static final String RECENT_CALL_RATE = "recent_call_rate";

    /** The columns of a roster file and those every file must have. */
    public static final PlanLayout LAYOUT = new PlanLayout("agent roster",
            List.of(CAMPAIGN, USER_ID, SKILLS, WINDOW_START, WINDOW_END, TIMEZONE, MAX_CONCURRENT_CALLS, RECENT_CALL_RATE),
            Set.of(CAMPAIGN, USER_ID, SKILLS, WINDOW_START, WINDOW_END, TIMEZONE, MAX_CONCURRENT_CALLS));

    /** Builds an entry from a row, asking {@code cell} for each column by its lower-case name. */
    public static RosterEntry fromCells(long lineNumber, Function<String, @Nullable String> cell) {
        return new RosterEntry(lineNumber, cell.apply(CAMPAIGN), cell.apply(USER_ID), cell.apply(SKILLS),
                cell.apply(WINDOW_START), cell.apply(WINDOW_END), cell.apply(TIMEZONE), cell.apply(MAX_CONCURRENT_CALLS),
                cell.apply(RECENT_CALL_RATE));
    }
}
