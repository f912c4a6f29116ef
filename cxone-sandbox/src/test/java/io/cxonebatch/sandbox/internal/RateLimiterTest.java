package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.sandbox.RateLimitWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-09-15T12:00:10Z"));
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void slidingWindowAdmitsAgainSixtySecondsAfterTheOldestAdmittedRequest() {
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isZero();
        clock.advanceMillis(20_000);
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isZero();

        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isEqualTo(40);
        clock.advanceMillis(40_000);
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isZero();
        assertThat(limiter.admit("client", 2, RateLimitWindow.SLIDING)).isEqualTo(20);
    }

    @Test
    void fixedWindowStartsCountingAgainAtTheNextFullMinute() {
        assertThat(limiter.admit("client", 1, RateLimitWindow.FIXED)).isZero();

        assertThat(limiter.admit("client", 1, RateLimitWindow.FIXED)).isEqualTo(50);
        clock.advanceMillis(50_000);
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
        clock.advanceMillis(30_000);
        limiter.admit("client", 1, RateLimitWindow.SLIDING);
        clock.advanceMillis(30_000);

        assertThat(limiter.admit("client", 1, RateLimitWindow.SLIDING)).isZero();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
