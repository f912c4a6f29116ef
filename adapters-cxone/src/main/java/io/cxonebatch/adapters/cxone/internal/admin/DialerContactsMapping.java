package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code wfM_OB_StatsV9} rows of one skill as activity intervals (cxone-admin-api.md §8). A row gives its
 * interval's start only; the document gives no length, so an interval is taken to be the WFM quarter hour of
 * {@link #INTERVAL}. A row has no dialling time either: a row with dials counts its whole interval as dialled, one
 * without counts none. Dials are the calls attempted, connects the calls connected; there is no disposition.
 */
final class DialerContactsMapping {

    static final Duration INTERVAL = Duration.ofMinutes(15);
    static final String ROWS = "wfM_OB_StatsV9";

    private DialerContactsMapping() {
    }

    /** The skill's rows with a readable start; missing counts read as 0. */
    static List<ActivityInterval> intervals(JsonNode answer, String skillId) {
        JsonNode rows = AdminJson.holderOf(answer, ROWS).get(ROWS);
        List<ActivityInterval> intervals = new ArrayList<>();
        if (rows == null || !rows.isArray()) {
            return intervals;
        }
        for (JsonNode row : rows.values()) {
            Instant start = row.isObject() && skillId.equals(AdminJson.text(row, "skillId")) ? start(AdminJson.text(row, "intervalStartDate")) : null;
            if (start != null) {
                long dials = orZero(AdminJson.count(row, "dials"));
                intervals.add(new ActivityInterval(start, start.plus(INTERVAL), null, dials, orZero(AdminJson.count(row, "connects")),
                        dials > 0 ? INTERVAL.toSeconds() : 0));
            }
        }
        return intervals;
    }

    private static @Nullable Instant start(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static long orZero(OptionalLong count) {
        return count.orElse(0);
    }
}
