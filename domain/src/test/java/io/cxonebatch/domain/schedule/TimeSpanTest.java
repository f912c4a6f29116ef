package io.cxonebatch.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

    private static TimeSpan span(String start, String end) {
        return TimeSpan.of(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void intersectionIsTheSharedPart() {
        assertThat(span("2026-07-01T10:00:00Z", "2026-07-01T12:00:00Z")
                .intersection(span("2026-07-01T11:00:00Z", "2026-07-01T13:00:00Z")))
                .contains(span("2026-07-01T11:00:00Z", "2026-07-01T12:00:00Z"));
    }

    @Test
    void touchingSpansShareNothing() {
        TimeSpan morning = span("2026-07-01T10:00:00Z", "2026-07-01T12:00:00Z");
        TimeSpan noon = span("2026-07-01T12:00:00Z", "2026-07-01T13:00:00Z");

        assertThat(morning.overlaps(noon)).isFalse();
        assertThat(morning.intersection(noon)).isEmpty();
    }

    @Test
    void mayBeEmptyButNotReversed() {
        assertThat(span("2026-07-01T10:00:00Z", "2026-07-01T10:00:00Z").duration()).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> span("2026-07-01T10:00:00Z", "2026-07-01T09:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
