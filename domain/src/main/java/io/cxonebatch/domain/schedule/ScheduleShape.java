package io.cxonebatch.domain.schedule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which calling windows the tenant's CXone can hold as a campaign's schedule. Plan validation rejects a window the
 * tenant cannot hold, with the reason, before anything is created.
 *
 * @param dayClock null when any span of time will do (the contract's schedule); otherwise the time zone of a weekly
 *     schedule with the same hours on all seven days (the Admin API's, kept in the business unit's time zone), which
 *     holds a window only when it starts and ends on one day of that clock
 */
public record ScheduleShape(@Nullable ZoneId dayClock) {

    private static final ScheduleShape ANY = new ScheduleShape(null);

    /** One span of time of any length. */
    public static ScheduleShape anyWindow() {
        return ANY;
    }

    /**
     * The same hours every day, on the clock of {@code zone}. A window within one day of that clock maps to those hours
     * each day (its dates bounded by starting and stopping the campaign); a window over several days (Monday 08:00 to
     * Friday 17:00) has no such form.
     */
    public static ScheduleShape sameHoursEveryDay(ZoneId zone) {
        return new ScheduleShape(Objects.requireNonNull(zone, "zone"));
    }

    /** Why {@code window} cannot be held, or empty when it can. */
    public Optional<String> refusal(ScheduleWindow window) {
        ZoneId clock = dayClock;
        if (clock == null) {
            return Optional.empty();
        }
        ZonedDateTime start = window.start().atZone(clock);
        ZonedDateTime end = window.end().atZone(clock);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return Optional.empty();
        }
        String where = clock.equals(window.zone()) ? "" : " (" + start.toLocalDateTime() + " to " + end.toLocalDateTime() + " on the"
                + " business unit's clock, " + clock + ")";
        return Optional.of("the window " + window.startInZone().toLocalDateTime() + " to " + window.endInZone().toLocalDateTime()
                + " " + window.zone() + where + " spans days, and this tenant's CXone schedules a campaign as the same hours on all"
                + " seven days of the week: give each row a window within one day");
    }
}
