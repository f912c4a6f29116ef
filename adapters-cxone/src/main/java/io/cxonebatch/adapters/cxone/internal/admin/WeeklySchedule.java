package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * <p>The document says the schedule is kept in the business unit's time zone (§3.4), so the hours sent are the
 * window's hours on that clock ({@code cxone.admin.schedule-zone}): a New York window of 08:00 to 17:00 is 13:00 to
 * 22:00 for a business unit on UTC in winter. The window lies within one day, so the offset of that day is exact; a
 * window that is one day in its own zone but spans midnight on the business unit's clock has no weekly form either.
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
    static Map<String, Object> of(ScheduleWindow window, ZoneId businessUnitZone) {
        ZonedDateTime start = window.start().atZone(businessUnitZone);
        ZonedDateTime end = window.end().atZone(businessUnitZone);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            throw refused(window, "it spans more than one day on the business unit's clock, " + businessUnitZone + " ("
                    + start.toLocalDateTime() + " to " + end.toLocalDateTime()
                    + "), and the Admin API takes only a weekly schedule with the same hours on all seven days");
        }
        LocalTime from = start.toLocalTime();
        LocalTime to = end.toLocalTime();
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            throw refused(window, "the Admin API's schedule has whole minutes only (HH:MM), and the window is " + from + " to " + to);
        }
        if (!to.isAfter(from)) {
            // A window across a daylight-saving fall-back can end at an earlier wall-clock time than it starts.
            throw refused(window, "its end " + to + " is not after its start " + from + " on the business unit's clock");
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
