package io.cxonebatch.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A half-open stretch of time {@code [start, end)} on the UTC time line; it may be empty (end equal to start). */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (start == null || end == null) {
            throw new IllegalArgumentException("a time span needs a start and an end");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("time span end " + end + " is before its start " + start);
        }
    }

    public static TimeSpan of(Instant start, Instant end) {
        return new TimeSpan(start, end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    /** True when the spans share at least one instant; touching spans do not overlap. */
    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The part both spans share, if any. */
    public Optional<TimeSpan> intersection(TimeSpan other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Optional.of(new TimeSpan(from, to)) : Optional.empty();
    }
}
