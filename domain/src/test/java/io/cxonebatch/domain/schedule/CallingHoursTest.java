package io.cxonebatch.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CallingHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final CallingHours HOURS = CallingHours.standard();

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void defaultsToEightToNine() {
        assertThat(HOURS).isEqualTo(new CallingHours(LocalTime.of(8, 0), LocalTime.of(21, 0)));
    }

    @Test
    void permitsFromTheStartUpToButNotIncludingTheEnd() {
        assertThat(HOURS.permits(at("2026-07-01T07:59-04:00"), NEW_YORK)).isFalse();
        assertThat(HOURS.permits(at("2026-07-01T08:00-04:00"), NEW_YORK)).isTrue();
        assertThat(HOURS.permits(at("2026-07-01T20:59-04:00"), NEW_YORK)).isTrue();
        assertThat(HOURS.permits(at("2026-07-01T21:00-04:00"), NEW_YORK)).isFalse();
    }

    @Test
    void judgesAnInstantInTheCalledPartysZone() {
        Instant nineInNewYork = at("2026-07-01T09:00-04:00");

        assertThat(HOURS.permits(nineInNewYork, NEW_YORK)).isTrue();
        assertThat(HOURS.permits(nineInNewYork, LOS_ANGELES)).isFalse();
    }

    @Test
    void measuresNothingOutsideForAnIntervalWithinHours() {
        assertThat(HOURS.timeOutside(at("2026-07-01T09:00-04:00"), at("2026-07-01T17:00-04:00"), NEW_YORK))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void measuresTheEveningPartAfterNine() {
        assertThat(HOURS.outside(at("2026-07-01T20:00-04:00"), at("2026-07-01T23:00-04:00"), NEW_YORK))
                .containsExactly(TimeSpan.of(at("2026-07-01T21:00-04:00"), at("2026-07-01T23:00-04:00")));
    }

    @Test
    void measuresTheNightAcrossMidnight() {
        assertThat(HOURS.timeOutside(at("2026-07-01T20:00-04:00"), at("2026-07-02T09:00-04:00"), NEW_YORK))
                .isEqualTo(Duration.ofHours(11));
    }

    @Test
    void measuresRealTimeOnTheSpringForwardNight() {
        // 2026-03-07 20:00 EST to 2026-03-08 09:00 EDT is 12 real hours; 21:00 EST to 08:00 EDT is 10 of them.
        assertThat(HOURS.timeOutside(at("2026-03-07T20:00-05:00"), at("2026-03-08T09:00-04:00"), NEW_YORK))
                .isEqualTo(Duration.ofHours(10));
    }

    @Test
    void measuresRealTimeOnTheFallBackNight() {
        // 2026-10-31 20:00 EDT to 2026-11-01 09:00 EST is 14 real hours; 21:00 EDT to 08:00 EST is 12 of them.
        assertThat(HOURS.timeOutside(at("2026-10-31T20:00-04:00"), at("2026-11-01T09:00-05:00"), NEW_YORK))
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void listsEachNightOfAMultiDayInterval() {
        var outside = HOURS.outside(at("2026-07-01T07:00-04:00"), at("2026-07-03T22:00-04:00"), NEW_YORK);

        assertThat(outside).containsExactly(
                TimeSpan.of(at("2026-07-01T07:00-04:00"), at("2026-07-01T08:00-04:00")),
                TimeSpan.of(at("2026-07-01T21:00-04:00"), at("2026-07-02T08:00-04:00")),
                TimeSpan.of(at("2026-07-02T21:00-04:00"), at("2026-07-03T08:00-04:00")),
                TimeSpan.of(at("2026-07-03T21:00-04:00"), at("2026-07-03T22:00-04:00")));
    }

    @Test
    void refusesHoursThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> new CallingHours(LocalTime.of(21, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("21:00");
    }
}
