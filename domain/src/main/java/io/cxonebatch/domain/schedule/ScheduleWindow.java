package io.cxonebatch.domain.schedule;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When a campaign may dial: two instants and the IANA zone the plan expressed them in. End is after start.
 */
public record ScheduleWindow(ZoneId zone, Instant start, Instant end) {

    public ScheduleWindow {
        if (zone == null || start == null || end == null) {
            throw new IllegalArgumentException("schedule window needs a zone, a start and an end");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("schedule window end " + end + " must be after start " + start);
        }
    }

    /** True when the two windows share at least one instant (touching ends do not overlap). */
    public boolean overlaps(ScheduleWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
