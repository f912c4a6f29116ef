package io.cxonebatch.domain.campaign;

import io.cxonebatch.domain.validation.PlanLayout;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One row of a campaign plan as read, every cell as text (null or blank when empty), one component per column
 * of the format. Check it with {@link CampaignPlanValidator}.
 *
 * @param lineNumber the row's line in the file, for rejection reports
 */
public record CampaignPlanEntry(
        long lineNumber,
        @Nullable String externalKey,
        @Nullable String name,
        @Nullable String type,
        @Nullable String description,
        @Nullable String skills,
        @Nullable String wrapUpCodes,
        @Nullable String maxCallsPerDay,
        @Nullable String timezone,
        @Nullable String startLocal,
        @Nullable String endLocal,
        @Nullable String abandonThreshold,
        @Nullable String predictiveRate,
        @Nullable String maxConcurrentCalls,
        @Nullable String targetListId,
        @Nullable String queueId,
        @Nullable String contactListId,
        @Nullable String agentCount,
        @Nullable String activate) {

    public static final String EXTERNAL_KEY = "external_key";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String DESCRIPTION = "description";
    public static final String SKILLS = "skills";
    public static final String WRAP_UP_CODES = "wrap_up_codes";
    public static final String MAX_CALLS_PER_DAY = "max_calls_per_day";
    public static final String TIMEZONE = "timezone";
    public static final String START_LOCAL = "start_local";
    public static final String END_LOCAL = "end_local";
    public static final String ABANDON_THRESHOLD = "abandon_threshold";
    public static final String PREDICTIVE_RATE = "predictive_rate";
    public static final String MAX_CONCURRENT_CALLS = "max_concurrent_calls";
    public static final String TARGET_LIST_ID = "target_list_id";
    public static final String QUEUE_ID = "queue_id";
    public static final String CONTACT_LIST_ID = "contact_list_id";
    public static final String AGENT_COUNT = "agent_count";
    public static final String ACTIVATE = "activate";

    /**
     * The columns of a campaign plan file and those every file must have; columns only some types need
     * (predictive, preview) are checked row by row.
     */
    public static final PlanLayout LAYOUT = new PlanLayout("campaign plan",
            List.of(EXTERNAL_KEY, NAME, TYPE, DESCRIPTION, SKILLS, WRAP_UP_CODES, MAX_CALLS_PER_DAY, TIMEZONE,
                    START_LOCAL, END_LOCAL, ABANDON_THRESHOLD, PREDICTIVE_RATE, MAX_CONCURRENT_CALLS, TARGET_LIST_ID,
                    QUEUE_ID, CONTACT_LIST_ID, AGENT_COUNT, ACTIVATE),
            Set.of(EXTERNAL_KEY, NAME, TYPE, SKILLS, TIMEZONE, START_LOCAL, END_LOCAL));

    /** Builds an entry from a row, asking {@code cell} for each column by its lower-case name. */
    public static CampaignPlanEntry fromCells(long lineNumber, Function<String, @Nullable String> cell) {
        return new CampaignPlanEntry(lineNumber, cell.apply(EXTERNAL_KEY), cell.apply(NAME), cell.apply(TYPE),
                cell.apply(DESCRIPTION), cell.apply(SKILLS), cell.apply(WRAP_UP_CODES), cell.apply(MAX_CALLS_PER_DAY),
                cell.apply(TIMEZONE), cell.apply(START_LOCAL), cell.apply(END_LOCAL), cell.apply(ABANDON_THRESHOLD),
                cell.apply(PREDICTIVE_RATE), cell.apply(MAX_CONCURRENT_CALLS), cell.apply(TARGET_LIST_ID),
                cell.apply(QUEUE_ID), cell.apply(CONTACT_LIST_ID), cell.apply(AGENT_COUNT), cell.apply(ACTIVATE));
    }

    /** How rejection reports name the row: {@code line 12 (external_key Q3-EAST)}. */
    public String label() {
        String key = externalKey == null || externalKey.isBlank() ? "no external_key" : "external_key " + externalKey.strip();
        return "line " + lineNumber + " (" + key + ")";
    }
}
