package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A 429 from CXone, with the wait its {@code Retry-After} asked for, so that the retry can honour it. */
public final class ServerRateLimitedException extends CxoneRateLimitedException {

    private final transient @Nullable Duration retryAfter;

    public ServerRateLimitedException(String operation, @Nullable String serverMessage, @Nullable Duration retryAfter) {
        super(operation, 429, serverMessage, null);
        this.retryAfter = retryAfter;
    }

    /**
     * The 429 as the client handles it: retried after the wait it asks for, or, when that wait is longer than
     * {@code ceiling}, failed at once with the wait named. Cutting the wait short would only burn the next attempts on
     * more 429s.
     */
    static CxoneRateLimitedException of(String operation, @Nullable String serverMessage, @Nullable Duration retryAfter,
            Duration ceiling) {
        if (retryAfter != null && retryAfter.compareTo(ceiling) > 0) {
            String wait = "CXone asks to wait " + retryAfter.toSeconds() + " s before the next request (Retry-After), longer than the "
                    + ceiling.toSeconds() + " s this client waits (cxone.max-retry-after)";
            return new CxoneRateLimitedException(operation, 429, serverMessage == null ? wait : serverMessage + "; " + wait, null);
        }
        return new ServerRateLimitedException(operation, serverMessage, retryAfter);
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
