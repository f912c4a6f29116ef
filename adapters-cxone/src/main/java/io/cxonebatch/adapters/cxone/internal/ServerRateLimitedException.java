package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A 429 from CXone, with the wait its {@code Retry-After} asked for, so that the retry can honour it. */
final class ServerRateLimitedException extends CxoneRateLimitedException {

    private final transient @Nullable Duration retryAfter;

    ServerRateLimitedException(String operation, @Nullable String serverMessage, @Nullable Duration retryAfter) {
        super(operation, 429, serverMessage, null);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
