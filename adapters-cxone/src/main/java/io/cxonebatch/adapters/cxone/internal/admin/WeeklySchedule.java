package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan window as an Admin skill's weekly schedule (cxone-admin-api.md §3.4, ADR 10): the tenant takes a schedule
 * only with all seven days active, so a window within one local day becomes those hours on every day, and the dates
 * are bounded by starting and stopping the skill. A window that spans days has no such form and is refused.
 *
 * <p>The document says the schedule is kept in the business unit's time zone, which this client cannot read from a
 * skill; the hours sent are the window's local hours in its own zone, so a plan whose zone is not the business
 * unit's dials at those hours of the business unit's clock.
 */
final class WeeklySchedule {

    private static final List<String> DAYS = List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private WeeklySchedule() {
    }

    /**
     * The schedule-settings block of the window.
     *
     * @throws CxoneRejectedException with status 0 when the window has no weekly form; nothing is sent then
     */
    static Map<String, Object> of(ScheduleWindow window) {
        ZonedDateTime start = window.startInZone();
        ZonedDateTime end = window.endInZone();
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            throw refused(window, "it spans more than one local day (" + start.toLocalDateTime() + " to " + end.toLocalDateTime()
                    + "), and the Admin API takes only a weekly schedule with the same hours on all seven days");
        }
        LocalTime from = start.toLocalTime();
        LocalTime to = end.toLocalTime();
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            throw refused(window, "the Admin API's schedule has whole minutes only (HH:MM), and the window is " + from + " to " + to);
        }
        if (!to.isAfter(from)) {
            // A window across a daylight-saving fall-back can end at an earlier wall-clock time than it starts.
            throw refused(window, "its local end " + to + " is not after its local start " + from);
        }
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("isScheduled", true);
        for (String day : DAYS) {
            block.put(day + "StartTime", from.format(HOURS));
            block.put(day + "EndTime", to.format(HOURS));
            block.put(day + "IsActive", true);
        }
        return block;
    }

    private static CxoneRejectedException refused(ScheduleWindow window, String why) {
        return new CxoneRejectedException(AdminEndpoint.UPDATE_SCHEDULE_SETTINGS.operation(), 0,
                "the window in " + window.zone() + " cannot be a skill's schedule: " + why, null);
    }
}
