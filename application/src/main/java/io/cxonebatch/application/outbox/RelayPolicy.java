package io.cxonebatch.application.outbox;

import java.time.Duration;

/**
 * How the relay retries: the n-th failed attempt is retried after {@code firstBackoff × 2^(n-1)}, capped at
 * {@code maxBackoff}, with up to a fifth of it added at random so that many notifications do not retry in step; after
 * {@code maxAttempts} failures a notification is DEAD. A claim holds a notification for {@code lease}, longer than any
 * one delivery may take, so a relay that dies mid-delivery leaves it to another once the lease runs out.
 */
public record RelayPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration lease) {

    public static final RelayPolicy DEFAULT = new RelayPolicy(8, Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofSeconds(60));

    public RelayPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts " + maxAttempts + " must be at least 1");
        }
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive and its cap at least its first step");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease " + lease + " must be positive");
        }
    }

    /** The wait after the {@code failedAttempts}-th failure, before jitter. */
    public Duration backoffAfter(int failedAttempts) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
