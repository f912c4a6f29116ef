package io.cxonebatch.domain.adherence;

import io.cxonebatch.domain.schedule.CallingHours;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a campaign kept to its planned window on one business day, from CXone's analytics intervals.
 *
 * <ul>
 *   <li>planned seconds: the part of the planned window inside the day (a window across midnight counts on each
 *       day it touches; a DST day has 23 or 25 hours, counted as they are);</li>
 *   <li>dialled seconds inside and outside the window: each interval's dialling seconds, shared between the part
 *       of the interval inside the window and the rest in proportion to their lengths;</li>
 *   <li>adherence = inside / planned, at most 1; null when nothing was planned that day or there is no data;</li>
 *   <li>calls attempted and connected, and the attempts outside the legal calling hours of the campaign's zone,
 *       shared over each interval in proportion to the time it spent outside them.</li>
 * </ul>
 * A campaign with no analytics data that day has {@link #hasData()} false: it is reported as such, never as 0 %.
 */
public record DailyAdherence(LocalDate date, long plannedSeconds, long dialledInsideSeconds, long dialledOutsideSeconds,
        long callsAttempted, long callsConnected, long callsOutsideCallingHours, boolean hasData) {

    /** Adherence in [0, 1]; empty when there is no data or nothing was planned on the day. */
    public Optional<Double> adherence() {
        if (!hasData || plannedSeconds == 0) {
            return Optional.empty();
        }
        return Optional.of(Math.min(1.0, (double) dialledInsideSeconds / plannedSeconds));
    }

    /** Whether the campaign dialled outside its window, or attempted calls outside calling hours. */
    public boolean strayed() {
        return dialledOutsideSeconds > 0 || callsOutsideCallingHours > 0;
    }

    /** The day [00:00, next day 00:00) of {@code date} in {@code zone}: 23, 24 or 25 hours. */
    public static TimeSpan day(LocalDate date, ZoneId zone) {
        return new TimeSpan(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * @param day the business day, as {@link #day} gives it
     * @param intervals CXone's analytics for the day; empty when it has none
     * @param hours the legal calling hours of the campaign's jurisdiction, taken in the planned window's zone
     */
    public static DailyAdherence of(LocalDate date, TimeSpan day, ScheduleWindow planned, List<DialledInterval> intervals,
            CallingHours hours) {
        TimeSpan window = planned.span();
        long plannedSeconds = seconds(window.intersection(day).orElse(null));
        double inside = 0;
        double outside = 0;
        double outsideHours = 0;
        long attempted = 0;
        long connected = 0;
        boolean any = false;
        for (DialledInterval interval : intervals) {
            Optional<TimeSpan> onDay = interval.span().intersection(day);
            long length = seconds(interval.span());
            if (onDay.isEmpty() || length == 0) {
                continue;
            }
            any = true;
            // The part of the interval on the day, and its share of the interval's counts.
            double dayShare = (double) seconds(onDay.get()) / length;
            double dialled = Math.min(interval.dialingSeconds(), length) * dayShare;
            double insideShare = (double) seconds(onDay.get().intersection(window).orElse(null)) / seconds(onDay.get());
            inside += dialled * insideShare;
            outside += dialled * (1 - insideShare);
            attempted += Math.round(interval.callsAttempted() * dayShare);
            connected += Math.round(interval.callsConnected() * dayShare);
            Duration outsideCallingHours = hours.timeOutside(onDay.get().start(), onDay.get().end(), planned.zone());
            outsideHours += interval.callsAttempted() * dayShare * outsideCallingHours.toSeconds() / seconds(onDay.get());
        }
        return new DailyAdherence(date, plannedSeconds, Math.round(inside), Math.round(outside), attempted, connected,
                Math.round(outsideHours), any);
    }

    private static long seconds(@Nullable TimeSpan span) {
        return span == null ? 0 : span.duration().toSeconds();
    }
}
