package io.cxonebatch.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a campaign may dial: two instants and the IANA zone the plan expressed them in. End is after start.
 * Build one from local times with {@link ScheduleWindowResolver}, which resolves daylight-saving gaps and
 * overlaps explicitly.
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

    public static ScheduleWindow of(ZoneId zone, Instant start, Instant end) {
        return new ScheduleWindow(zone, start, end);
    }

    /** True when the two windows share at least one instant (touching ends do not overlap). */
    public boolean overlaps(ScheduleWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The start in the window's zone, with the offset in force then (what the CXone API sends). */
    public ZonedDateTime startInZone() {
        return start.atZone(zone);
    }

    /** The end in the window's zone, with the offset in force then. */
    public ZonedDateTime endInZone() {
        return end.atZone(zone);
    }

    public TimeSpan span() {
        return new TimeSpan(start, end);
    }
}
