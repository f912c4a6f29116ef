package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AdminWeeklyScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aWindowWithinOneLocalDayIsThoseLocalHoursOnAllSevenDays() {
        ScheduleWindow window = ScheduleWindow.of(BERLIN, Instant.parse("2027-07-05T06:30:00Z"), Instant.parse("2027-07-05T16:00:00Z"));

        assertThat(WeeklySchedule.of(window, BERLIN)).hasSize(22).containsEntry("isScheduled", true)
                .containsEntry("sundayStartTime", "08:30").containsEntry("saturdayEndTime", "18:00").containsEntry("wednesdayIsActive", true);
    }

    @Test
    void theHoursSentAreTheWindowsHoursOnTheBusinessUnitsClockOfThatDay() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ScheduleWindow winter = ScheduleWindow.of(newYork, LocalDateTime.parse("2026-12-07T08:00").atZone(newYork).toInstant(),
                LocalDateTime.parse("2026-12-07T17:00").atZone(newYork).toInstant());
        ScheduleWindow summer = ScheduleWindow.of(newYork, LocalDateTime.parse("2027-07-05T08:00").atZone(newYork).toInstant(),
                LocalDateTime.parse("2027-07-05T17:00").atZone(newYork).toInstant());

        assertThat(WeeklySchedule.of(winter, ZoneId.of("UTC"))).containsEntry("mondayStartTime", "13:00").containsEntry("mondayEndTime", "22:00");
        assertThat(WeeklySchedule.of(summer, ZoneId.of("UTC"))).containsEntry("mondayStartTime", "12:00").containsEntry("mondayEndTime", "21:00");
        assertThat(WeeklySchedule.of(winter, ZoneId.of("America/Chicago"))).containsEntry("fridayStartTime", "07:00");
    }

    @Test
    void aDayWindowThatSpansMidnightOnTheBusinessUnitsClockHasNoWeeklyForm() {
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        ScheduleWindow afternoon = ScheduleWindow.of(losAngeles, LocalDateTime.parse("2026-12-07T14:00").atZone(losAngeles).toInstant(),
                LocalDateTime.parse("2026-12-07T20:00").atZone(losAngeles).toInstant());

        assertThat(catchThrowable(() -> WeeklySchedule.of(afternoon, ZoneId.of("UTC")))).isInstanceOf(CxoneRejectedException.class)
                .hasMessageContaining("spans more than one day on the business unit's clock, UTC (2026-12-07T22:00 to 2026-12-08T04:00)");
    }

    @Test
    void aWindowEndingAtMidnightOrWithSecondsOrAcrossAFallBackHasNoWeeklyForm() {
        ScheduleWindow toMidnight = local("2027-07-05T18:00", "2027-07-06T00:00");
        ScheduleWindow withSeconds = ScheduleWindow.of(BERLIN, Instant.parse("2027-07-05T06:30:15Z"), Instant.parse("2027-07-05T16:00:00Z"));
        // 02:50 CEST then 02:10 CET, twenty minutes later on the clock's second pass.
        ScheduleWindow acrossFallBack = ScheduleWindow.of(BERLIN, Instant.parse("2027-10-31T00:50:00Z"), Instant.parse("2027-10-31T01:10:00Z"));

        assertThat(catchThrowable(() -> WeeklySchedule.of(toMidnight, BERLIN))).isInstanceOf(CxoneRejectedException.class)
                .hasMessageContaining("spans more than one day");
        assertThat(catchThrowable(() -> WeeklySchedule.of(withSeconds, BERLIN))).hasMessageContaining("whole minutes");
        assertThat(catchThrowable(() -> WeeklySchedule.of(acrossFallBack, BERLIN))).hasMessageContaining("is not after its start");
    }

    private static ScheduleWindow local(String start, String end) {
        return ScheduleWindow.of(BERLIN, LocalDateTime.parse(start).atZone(BERLIN).toInstant(), LocalDateTime.parse(end).atZone(BERLIN).toInstant());
    }
}
