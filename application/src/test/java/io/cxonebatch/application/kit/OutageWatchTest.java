package io.cxonebatch.application.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutageWatchTest {

    private long now;
    private final OutageWatch watch = new OutageWatch(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(4), () -> now);

    private void advance(Duration by) {
        now += by.toNanos();
    }

    @Test
    void withoutAnOutageEveryRowMayBeInFlight() {
        assertThat(watch.inOutage()).isFalse();
        assertThat(watch.rowsAllowed(8, 3)).isEqualTo(8);
        assertThat(watch.nanosUntilProbe(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(watch.rowSucceeded()).isNull();
    }

    @Test
    void aDeferredRowStopsNewRowsUntilTheFirstProbeIsDue() {
        assertThat(watch.rowDeferred()).isTrue();

        assertThat(watch.rowsAllowed(8, 0)).isZero();
        assertThat(watch.nanosUntilProbe(0)).isEqualTo(Duration.ofSeconds(1).toNanos());
        advance(Duration.ofSeconds(1));
        assertThat(watch.rowsAllowed(8, 0)).isEqualTo(1);
        assertThat(watch.rowsAllowed(8, 1)).as("one probe at a time").isZero();
    }

    @Test
    void probesComeAfterDoublingPausesUpToTheLongest() {
        watch.rowDeferred();
        long[] pauses = new long[4];
        for (int i = 0; i < pauses.length; i++) {
            advance(Duration.ofNanos(watch.nanosUntilProbe(0)));
            assertThat(watch.rowsAllowed(8, 0)).isEqualTo(1);
            watch.rowStarted();
            watch.rowDeferred();
            pauses[i] = watch.nanosUntilProbe(0);
        }

        assertThat(pauses).containsExactly(Duration.ofSeconds(1).toNanos(), Duration.ofSeconds(2).toNanos(),
                Duration.ofSeconds(4).toNanos(), Duration.ofSeconds(4).toNanos());
    }

    @Test
    void aRowThatSucceedsEndsTheOutageAndSaysHowLongItLasted() {
        watch.rowDeferred();
        advance(Duration.ofMillis(2_500));

        assertThat(watch.rowSucceeded()).isEqualTo(Duration.ofMillis(2_500));
        assertThat(watch.inOutage()).isFalse();
        assertThat(watch.rowsAllowed(8, 5)).isEqualTo(8);
    }

    @Test
    void theBudgetIsSpentOnlyOnceTheOutageHasLastedLongerThanIt() {
        watch.rowDeferred();
        advance(Duration.ofSeconds(10));
        assertThat(watch.budgetSpent()).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(watch.budgetSpent()).isTrue();
    }

    @Test
    void aSecondDeferredRowDoesNotRestartTheOutageClock() {
        watch.rowDeferred();
        advance(Duration.ofSeconds(6));
        assertThat(watch.rowDeferred()).isFalse();
        advance(Duration.ofSeconds(5));
        assertThat(watch.budgetSpent()).isTrue();
    }

    @Test
    void refusesAFirstProbeDelayLongerThanTheLongest() {
        assertThatThrownBy(() -> new OutageWatch(Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(1), () -> 0L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT5S");
    }
}
