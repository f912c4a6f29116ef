package io.cxonebatch.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleWindowTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ScheduleWindow window(String start, String end) {
        return new ScheduleWindow(NEW_YORK, Instant.parse(start), Instant.parse(end));
    }

    @Test
    void windowsSharingAnInstantOverlap() {
        assertThat(window("2026-07-01T13:00:00Z", "2026-07-01T15:00:00Z")
                .overlaps(window("2026-07-01T14:59:00Z", "2026-07-01T16:00:00Z"))).isTrue();
    }

    @Test
    void touchingWindowsDoNotOverlap() {
        assertThat(window("2026-07-01T13:00:00Z", "2026-07-01T15:00:00Z")
                .overlaps(window("2026-07-01T15:00:00Z", "2026-07-01T16:00:00Z"))).isFalse();
    }

    @Test
    void refusesAnEndNotAfterTheStart() {
        assertThatThrownBy(() -> window("2026-07-01T13:00:00Z", "2026-07-01T13:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-07-01T13:00:00Z");
    }

    @Test
    void showsItsEndsWithTheOffsetInForceInItsZone() {
        ScheduleWindow window = window("2026-03-08T05:00:00Z", "2026-03-08T13:00:00Z");

        assertThat(window.startInZone().toOffsetDateTime()).hasToString("2026-03-08T00:00-05:00");
        assertThat(window.endInZone().toOffsetDateTime()).hasToString("2026-03-08T09:00-04:00");
    }
}
