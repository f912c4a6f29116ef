package io.cxonebatch.adapters.cxone.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * An access token with the instant it should be replaced and the instant it stops working.
 *
 * @param refreshAt when less than the refresh buffer of its life is left (at the latest half-way, for lifetimes
 *     shorter than twice the buffer, so that a short-lived token is not fetched again on every call)
 */
record CachedToken(String value, Instant refreshAt, Instant expiresAt) {

    static CachedToken issued(String value, Instant issuedAt, Duration lifetime, Duration refreshBuffer) {
        Duration early = lifetime.minus(refreshBuffer);
        Duration half = lifetime.dividedBy(2);
        return new CachedToken(value, issuedAt.plus(early.compareTo(half) > 0 ? early : half), issuedAt.plus(lifetime));
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
