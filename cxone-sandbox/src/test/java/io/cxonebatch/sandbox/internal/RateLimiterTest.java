package io.cxonebatch.sandbox.internal;

import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.sandbox.RateLimitWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = MutableClock.of(Instant.parse("2024-09-15T12:00:10Z"), ZoneOffset.UTC);
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void slidingWindowAdmitsAgainSixtySecondsAfterTheOldestAdmittedRequest() {
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isZero();
        clock.add(Duration.ofMillis(20_000));
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isZero();

        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isEqualTo(40);
        clock.add(Duration.ofMillis(40_000));
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isZero();
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isEqualTo(20);
    }

    @Test
    void fixedWindowStartsCountingAgainAtTheNextFullMinute() {
        assertThat(limiter.admit("client", 1, RateLimitWindow.FIXED)).isZero();

        assertThat(limiter.admit("client", 1, RateLimitWindow.FIXED)).isEqualTo(50);
        clock.add(Duration.ofMillis(50_000));
        assertThat(limiter.admit("client", 1, RateLimitWindow.FIXED)).isZero();
    }

    @Test
    void countsEachClientOnItsOwn() {
        assertThat(limiter.admit("a", 1, RateLimitWindow.SLIDING)).isZero();

        assertThat(limiter.admit("b", 1, RateLimitWindow.SLIDING)).isZero();
        assertThat(limiter.admit("a", 1, RateLimitWindow.SLIDING)).isPositive();
    }

    @Test
    void aZeroLimitAdmitsEverything() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.admit("client", 0, RateLimitWindow.FIXED)).isZero();
        }
    }

    @Test
    void refusedRequestsDoNotCount() {
        limiter.admit("client", 1, RateLimitWindow.SLIDING);
        clock.add(Duration.ofMillis(30_000));
        limiter.admit("client", 1, RateLimitWindow.SLIDING);
        clock.add(Duration.ofMillis(30_000));

        assertThat(limiter.admit("client", 1, RateLimitWindow.SLIDING)).isZero();
    }
}
