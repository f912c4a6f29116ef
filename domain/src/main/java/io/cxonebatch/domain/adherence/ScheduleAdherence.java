package io.cxonebatch.domain.adherence;

import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.Duration;
import java.util.List;

/**
 * How one campaign kept to its planned window.
 *
 * @param adherence share of dialled time inside the planned window, in [0, 1]; 1 when nothing was dialled,
 *     since no dialling happened outside the window (the shortfall then shows in {@code plannedNotDialled})
 * @param dialled total time dialled, overlapping intervals counted once
 * @param dialledOutsideWindow dialled time before or after the planned window
 * @param plannedNotDialled time of the planned window in which the campaign did not dial
 * @param callingHoursViolations the stretches of dialled time outside calling hours, in time order
 * @param outsideCallingHours their total length
 */
public record ScheduleAdherence(
        double adherence,
        Duration dialled,
        Duration dialledOutsideWindow,
        Duration plannedNotDialled,
        List<TimeSpan> callingHoursViolations,
        Duration outsideCallingHours) {

    public ScheduleAdherence {
        if (adherence < 0 || adherence > 1) {
            throw new IllegalArgumentException("adherence " + adherence + " is outside [0, 1]");
        }
        callingHoursViolations = List.copyOf(callingHoursViolations);
    }

    public Duration dialledInsideWindow() {
        return dialled.minus(dialledOutsideWindow);
    }

    /** Whole minutes dialled outside the window, rounded down. */
    public long minutesOutsideWindow() {
        return dialledOutsideWindow.toMinutes();
    }

    /** Whole minutes of the window not dialled, rounded down. */
    public long minutesNotDialled() {
        return plannedNotDialled.toMinutes();
    }

    public boolean violatesCallingHours() {
        return !callingHoursViolations.isEmpty();
    }
}
