package io.cxonebatch.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The hours of the day, local to the called party, in which calls may be placed: {@code [start, end)}. The
 * default is 08:00 to 21:00. Local days are taken as the zone really has them, so a day on which clocks change
 * has 23 or 25 hours and the permitted stretch is measured on real instants.
 */
public record CallingHours(LocalTime start, LocalTime end) {

    public static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(21, 0);

    public CallingHours {
        if (start == null || end == null) {
            throw new IllegalArgumentException("calling hours need a start and an end");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("calling hours end " + end + " must be after start " + start
                    + " (hours across midnight are not supported)");
        }
    }

    /** 08:00 to 21:00. */
    public static CallingHours standard() {
        return new CallingHours(DEFAULT_START, DEFAULT_END);
    }

    /** True when a call at {@code instant} falls inside calling hours in {@code zone}. */
    public boolean permits(Instant instant, ZoneId zone) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        return !local.isBefore(start) && local.isBefore(end);
    }

    /** The parts of {@code [from, to)} outside calling hours in {@code zone}, in time order. */
    public List<TimeSpan> outside(Instant from, Instant to, ZoneId zone) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("interval end " + to + " is before its start " + from);
        }
        List<TimeSpan> outside = new ArrayList<>();
        Instant cursor = from;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last) && cursor.isBefore(to); day = day.plusDays(1)) {
            Instant permittedFrom = ZonedDateTime.of(day, start, zone).toInstant();
            Instant permittedTo = ZonedDateTime.of(day, end, zone).toInstant();
            if (!permittedTo.isAfter(cursor)) {
                continue;
            }
            if (permittedFrom.isAfter(cursor)) {
                Instant gapEnd = permittedFrom.isBefore(to) ? permittedFrom : to;
                outside.add(new TimeSpan(cursor, gapEnd));
            }
            cursor = permittedTo;
        }
        if (cursor.isBefore(to)) {
            outside.add(new TimeSpan(cursor, to));
        }
        return outside;
    }

    /** How much of {@code [from, to)} lies outside calling hours in {@code zone}. */
    public Duration timeOutside(Instant from, Instant to, ZoneId zone) {
        Duration total = Duration.ZERO;
        for (TimeSpan span : outside(from, to, zone)) {
            total = total.plus(span.duration());
        }
        return total;
    }
}
