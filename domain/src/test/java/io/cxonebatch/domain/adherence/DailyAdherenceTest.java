package io.cxonebatch.domain.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.schedule.CallingHours;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyAdherenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ScheduleWindow window(String start, String end) {
        return ScheduleWindow.of(NEW_YORK, LocalDateTime.parse(start).atZone(NEW_YORK).toInstant(),
                LocalDateTime.parse(end).atZone(NEW_YORK).toInstant());
    }

    private static DialledInterval interval(String start, String end, long attempted, long connected, long dialling) {
        return new DialledInterval(new TimeSpan(LocalDateTime.parse(start).atZone(NEW_YORK).toInstant(),
                LocalDateTime.parse(end).atZone(NEW_YORK).toInstant()), attempted, connected, dialling);
    }

    private static DailyAdherence on(String date, ScheduleWindow planned, List<DialledInterval> intervals) {
        LocalDate day = LocalDate.parse(date);
        return DailyAdherence.of(day, DailyAdherence.day(day, NEW_YORK), planned, intervals, CallingHours.standard());
    }

    @Test
    void dialledTimeInsideAndOutsideTheWindowAndAdherenceAsInsideOverPlanned() {
        ScheduleWindow planned = window("2026-10-05T09:00", "2026-10-05T17:00");

        DailyAdherence day = on("2026-10-05", planned, List.of(
                interval("2026-10-05T08:00", "2026-10-05T10:00", 100, 40, 7_200),
                interval("2026-10-05T10:00", "2026-10-05T12:00", 80, 30, 3_600)));

        assertThat(day.plannedSeconds()).isEqualTo(8 * 3_600);
        assertThat(day.dialledOutsideSeconds()).as("08:00–09:00 of the first interval").isEqualTo(3_600);
        assertThat(day.dialledInsideSeconds()).isEqualTo(3_600 + 3_600);
        assertThat(day.adherence()).contains(7_200.0 / 28_800);
        assertThat(day.callsAttempted()).isEqualTo(180);
        assertThat(day.callsConnected()).isEqualTo(70);
        assertThat(day.callsOutsideCallingHours()).isZero();
        assertThat(day.strayed()).isTrue();
    }

    @Test
    void aWindowAcrossMidnightCountsOnEachDayItTouchesAndLateCallsBreakCallingHours() {
        ScheduleWindow planned = window("2026-10-05T20:00", "2026-10-06T02:00");
        List<DialledInterval> intervals = List.of(interval("2026-10-05T20:00", "2026-10-06T00:00", 400, 100, 14_400));

        DailyAdherence first = on("2026-10-05", planned, intervals);
        DailyAdherence second = on("2026-10-06", planned, intervals);

        assertThat(first.plannedSeconds()).isEqualTo(4 * 3_600);
        assertThat(second.plannedSeconds()).isEqualTo(2 * 3_600);
        assertThat(first.adherence()).contains(1.0);
        assertThat(first.callsOutsideCallingHours()).as("21:00–24:00 is three quarters of the interval").isEqualTo(300);
        assertThat(second.hasData()).as("the interval ends at the day's start").isFalse();
        assertThat(second.adherence()).isEmpty();
    }

    @Test
    void daylightSavingDaysHave23And25Hours() {
        assertThat(DailyAdherence.day(LocalDate.parse("2026-03-08"), NEW_YORK).duration().toHours()).isEqualTo(23);
        assertThat(DailyAdherence.day(LocalDate.parse("2026-11-01"), NEW_YORK).duration().toHours()).isEqualTo(25);
        ScheduleWindow allDay = window("2026-11-01T00:00", "2026-11-02T00:00");

        DailyAdherence fallBack = on("2026-11-01", allDay, List.of(interval("2026-11-01T00:00", "2026-11-02T00:00", 0, 0, 90_000)));

        assertThat(fallBack.plannedSeconds()).isEqualTo(25 * 3_600);
        assertThat(fallBack.dialledInsideSeconds()).isEqualTo(25 * 3_600);
        assertThat(fallBack.adherence()).contains(1.0);
    }

    @Test
    void onThe25HourDayCallingHoursAreLocalTimeAndAnEveningWindowIsCountedAsItIs() {
        ScheduleWindow evening = window("2026-11-01T18:00", "2026-11-01T23:00");

        DailyAdherence day = on("2026-11-01", evening, List.of(interval("2026-11-01T20:00", "2026-11-01T22:00", 10, 4, 7_200)));

        assertThat(day.plannedSeconds()).isEqualTo(5 * 3_600);
        assertThat(day.callsOutsideCallingHours()).as("21:00–22:00 local is half the interval").isEqualTo(5);
        assertThat(day.adherence()).contains(7_200.0 / 18_000);
    }

    @Test
    void onThe23HourDayAWindowOverTheSkippedHourPlansItsRealLength() {
        ScheduleWindow night = window("2026-03-08T01:00", "2026-03-08T04:00");

        DailyAdherence day = on("2026-03-08", night, List.of());

        assertThat(day.plannedSeconds()).as("02:00–03:00 does not exist that night").isEqualTo(2 * 3_600);
    }

    @Test
    void noAnalyticsIsNoDataNeitherZeroNorAHundredPercent() {
        DailyAdherence day = on("2026-10-05", window("2026-10-05T09:00", "2026-10-05T17:00"), List.of());

        assertThat(day.hasData()).isFalse();
        assertThat(day.adherence()).isEmpty();
        assertThat(day.plannedSeconds()).isEqualTo(8 * 3_600);
    }

    @Test
    void moreDiallingSecondsThanTheIntervalHasCountAsTheWholeInterval() {
        DailyAdherence day = on("2026-10-05", window("2026-10-05T09:00", "2026-10-05T10:00"),
                List.of(interval("2026-10-05T09:00", "2026-10-05T10:00", 10, 5, 50_000)));

        assertThat(day.dialledInsideSeconds()).isEqualTo(3_600);
        assertThat(day.adherence()).contains(1.0);
    }
}
