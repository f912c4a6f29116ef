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
     * The same hours every day, on the clock of {@code zone}, and no dates. A window within one day of that clock maps to
     * those hours each day; a window over several days (Monday 08:00 to Friday 17:00) has no such form. Nothing holds the
     * window's date: a started campaign dials those hours every day until it is stopped, so it is not started by a plan.
     */
    public static ScheduleShape sameHoursEveryDay(ZoneId zone) {
        return new ScheduleShape(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Why a plan may not start a campaign of {@code window} when it is provisioned, or empty when it may: where the
     * schedule holds no date, a started campaign would dial the window's hours every day from now on, before its
     * date and after it, until someone stops it.
     */
    public Optional<String> activationRefusal(ScheduleWindow window) {
        ZoneId clock = dayClock;
        if (clock == null) {
            return Optional.empty();
        }
        return Optional.of("activate=true would start it now, and this tenant's CXone schedule has no dates: a started"
                + " campaign dials its hours every day, before " + window.start().atZone(clock).toLocalDate() + " and after"
                + " it, until someone stops it. Provision it with activate=false and start it in CXone on its day");
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
