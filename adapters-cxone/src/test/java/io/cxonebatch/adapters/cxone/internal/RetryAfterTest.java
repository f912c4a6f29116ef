package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-01-10T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDeltaSeconds() {
        assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 120 ", clock)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("0", clock)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheTimeLeftUntilThen() {
        assertThat(RetryAfter.parse("Fri, 10 Jan 2025 09:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void readsAnHttpDateInThePastAsNoWait() {
        assertThat(RetryAfter.parse("Fri, 10 Jan 2025 08:59:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void readsAnAbsurdlyLargeDelayAsVeryLongRatherThanFailing() {
        assertThat(RetryAfter.parse("99999999999999999999", clock)).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofDays(30)));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("", clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    }
}
