package io.cxonebatch.adapters.cxone.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * An access token with the instant it should be replaced and the instant it is no longer sent.
 *
 * @param refreshAt when less than the refresh buffer of its life is left (at the latest half-way, for lifetimes
 *     shorter than twice the buffer, so that a short-lived token is not fetched again on every call)
 * @param expiresAt a moment before CXone stops taking it (a tenth of its life, at most a second), so that a token
 *     sent just before its end does not expire on its way
 */
record CachedToken(String value, Instant refreshAt, Instant expiresAt) {

    private static final Duration LONGEST_TRANSIT = Duration.ofSeconds(1);

    static CachedToken issued(String value, Instant issuedAt, Duration lifetime, Duration refreshBuffer) {
        Duration early = lifetime.minus(refreshBuffer);
        Duration half = lifetime.dividedBy(2);
        Duration tenth = lifetime.dividedBy(10);
        Instant expiresAt = issuedAt.plus(lifetime).minus(tenth.compareTo(LONGEST_TRANSIT) < 0 ? tenth : LONGEST_TRANSIT);
        Instant refreshAt = issuedAt.plus(early.compareTo(half) > 0 ? early : half);
        return new CachedToken(value, refreshAt.isBefore(expiresAt) ? refreshAt : expiresAt, expiresAt);
    }

    boolean isFreshAt(Instant now) {
        return now.isBefore(refreshAt);
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "CachedToken[value=****, refreshAt=" + refreshAt + ", expiresAt=" + expiresAt + "]";
    }
}
