package io.cxonebatch.adapters.cxone.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header in either of its forms: delta seconds ({@code 7}) or an HTTP-date. */
final class RetryAfter {

    private static final Duration VERY_LONG = Duration.ofDays(365);

    private RetryAfter() {
    }

    /** How long the server asks to wait; empty when the header is absent or unreadable, zero for a past date. */
    static Optional<Duration> parse(@Nullable String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            // Any count too large for a long is as good as forever: the cap applies anyway.
            return Optional.of(value.length() > 12 ? VERY_LONG : Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), until.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
