package io.cxonebatch.domain.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * How one local time of a plan was resolved because daylight saving made it missing or repeated.
 *
 * @param field the plan column the local time came from
 * @param requested the local time as written
 * @param resolved the time actually used, with its offset
 * @param kind what was done
 */
public record DstAdjustment(String field, LocalDateTime requested, ZonedDateTime resolved, Kind kind) {

    /** What was done to the local time. */
    public enum Kind {
        /** The time fell in a gap and moved forward by the gap's length. */
        GAP_SHIFTED_FORWARD,
        /** The time occurs twice; the first occurrence (the offset before the transition) was taken. */
        OVERLAP_EARLIER_OFFSET,
        /** The time occurs twice; the second occurrence (the offset after the transition) was taken. */
        OVERLAP_LATER_OFFSET
    }

    public DstAdjustment {
        if (field == null || requested == null || resolved == null || kind == null) {
            throw new IllegalArgumentException("a DST adjustment needs a field, a requested and a resolved time, and a kind");
        }
    }

    /** A sentence for the audit record, naming the zone, the local time and what it became. */
    public String describe() {
        String zone = resolved.getZone().getId();
        return switch (kind) {
            case GAP_SHIFTED_FORWARD -> field + " " + requested + " does not exist in " + zone + "; moved forward by "
                    + Duration.between(requested, resolved.toLocalDateTime()).toMinutes() + " minutes to "
                    + resolved.toOffsetDateTime();
            case OVERLAP_EARLIER_OFFSET -> field + " " + requested + " occurs twice in " + zone
                    + "; took the earlier occurrence, " + resolved.toOffsetDateTime();
            case OVERLAP_LATER_OFFSET -> field + " " + requested + " occurs twice in " + zone
                    + "; took the later occurrence, " + resolved.toOffsetDateTime();
        };
    }
}
