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

        assertThat(WeeklySchedule.of(window)).hasSize(22).containsEntry("isScheduled", true)
                .containsEntry("sundayStartTime", "08:30").containsEntry("saturdayEndTime", "18:00").containsEntry("wednesdayIsActive", true);
    }

    @Test
    void aWindowEndingAtMidnightOrWithSecondsOrAcrossAFallBackHasNoWeeklyForm() {
        ScheduleWindow toMidnight = local("2027-07-05T18:00", "2027-07-06T00:00");
        ScheduleWindow withSeconds = ScheduleWindow.of(BERLIN, Instant.parse("2027-07-05T06:30:15Z"), Instant.parse("2027-07-05T16:00:00Z"));
        // 02:50 CEST then 02:10 CET, twenty minutes later on the clock's second pass.
        ScheduleWindow acrossFallBack = ScheduleWindow.of(BERLIN, Instant.parse("2027-10-31T00:50:00Z"), Instant.parse("2027-10-31T01:10:00Z"));

        assertThat(catchThrowable(() -> WeeklySchedule.of(toMidnight))).isInstanceOf(CxoneRejectedException.class)
                .hasMessageContaining("spans more than one local day");
        assertThat(catchThrowable(() -> WeeklySchedule.of(withSeconds))).hasMessageContaining("whole minutes");
        assertThat(catchThrowable(() -> WeeklySchedule.of(acrossFallBack))).hasMessageContaining("is not after its local start");
    }

    private static ScheduleWindow local(String start, String end) {
        return ScheduleWindow.of(BERLIN, LocalDateTime.parse(start).atZone(BERLIN).toInstant(), LocalDateTime.parse(end).atZone(BERLIN).toInstant());
    }
}
