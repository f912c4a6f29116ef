package io.cxonebatch.domain.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.schedule.CallingHours;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdherenceCalculatorTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ScheduleWindow NINE_TO_FIVE =
            new ScheduleWindow(NEW_YORK, at("2026-07-01T09:00-04:00"), at("2026-07-01T17:00-04:00"));

    private final AdherenceCalculator calculator = new AdherenceCalculator(CallingHours.standard());

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static TimeSpan span(String from, String to) {
        return TimeSpan.of(at(from), at(to));
    }

    @Test
    void dialingOnlyInsideTheWindowAdheresFully() {
        ScheduleAdherence result = calculator.compute(NINE_TO_FIVE, List.of(span("2026-07-01T10:00-04:00", "2026-07-01T12:00-04:00")));

        assertThat(result.adherence()).isEqualTo(1.0);
        assertThat(result.dialledOutsideWindow()).isEqualTo(Duration.ZERO);
        assertThat(result.plannedNotDialled()).isEqualTo(Duration.ofHours(6));
        assertThat(result.minutesNotDialled()).isEqualTo(360);
    }

    @Test
    void adherenceIsTheShareOfDialledTimeInsideTheWindow() {
        ScheduleAdherence result = calculator.compute(NINE_TO_FIVE, List.of(
                span("2026-07-01T07:00-04:00", "2026-07-01T10:00-04:00"),
                span("2026-07-01T16:00-04:00", "2026-07-01T17:00-04:00")));

        assertThat(result.dialled()).isEqualTo(Duration.ofHours(4));
        assertThat(result.dialledInsideWindow()).isEqualTo(Duration.ofHours(2));
        assertThat(result.adherence()).isEqualTo(0.5);
        assertThat(result.minutesOutsideWindow()).isEqualTo(120);
        assertThat(result.plannedNotDialled()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theSameIntervalReportedForSeveralDispositionsCountsOnce() {
        TimeSpan hour = span("2026-07-01T16:30-04:00", "2026-07-01T17:30-04:00");

        ScheduleAdherence result = calculator.compute(NINE_TO_FIVE, List.of(hour, hour,
                span("2026-07-01T17:00-04:00", "2026-07-01T17:30-04:00")));

        assertThat(result.dialled()).isEqualTo(Duration.ofHours(1));
        assertThat(result.adherence()).isEqualTo(0.5);
    }

    @Test
    void nothingDialledAdheresFullyAndLeavesTheWholeWindowUndialled() {
        ScheduleAdherence result = calculator.compute(NINE_TO_FIVE, List.of());

        assertThat(result.adherence()).isEqualTo(1.0);
        assertThat(result.dialled()).isEqualTo(Duration.ZERO);
        assertThat(result.plannedNotDialled()).isEqualTo(Duration.ofHours(8));
        assertThat(result.violatesCallingHours()).isFalse();
    }

    @Test
    void reportsDialledTimeOutsideCallingHours() {
        ScheduleAdherence result = calculator.compute(NINE_TO_FIVE, List.of(
                span("2026-07-01T07:30-04:00", "2026-07-01T09:00-04:00"),
                span("2026-07-01T20:00-04:00", "2026-07-01T21:15-04:00")));

        assertThat(result.callingHoursViolations()).containsExactly(
                span("2026-07-01T07:30-04:00", "2026-07-01T08:00-04:00"),
                span("2026-07-01T21:00-04:00", "2026-07-01T21:15-04:00"));
        assertThat(result.outsideCallingHours()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void judgesCallingHoursInTheCalledPartysZoneWhenGiven() {
        List<TimeSpan> dialled = List.of(span("2026-07-01T10:00-04:00", "2026-07-01T11:00-04:00"));

        assertThat(calculator.compute(NINE_TO_FIVE, dialled).violatesCallingHours()).isFalse();
        // 10:00 in New York is 07:00 in Los Angeles.
        assertThat(calculator.compute(NINE_TO_FIVE, dialled, LOS_ANGELES).outsideCallingHours())
                .isEqualTo(Duration.ofHours(1));
    }
}
