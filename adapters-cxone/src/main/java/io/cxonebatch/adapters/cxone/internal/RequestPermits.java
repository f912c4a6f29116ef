package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

/**
 * The tenant's request budget: one permit from its rate limiter for every request that leaves, API calls, their
 * retries and token requests alike. A permit is taken just before its request is built and sent, so that nothing
 * the request carries (its token above all) ages while it waits.
 */
final class RequestPermits {

    private final RateLimiter limiter;

    RequestPermits(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /**
     * Waits for a permit, at most the limiter's timeout.
     *
     * @throws CxoneRateLimitedException with status 0 when none came in time; nothing was sent
     */
    void await(String operation) {
        try {
            RateLimiter.waitForPermission(limiter);
        } catch (RequestNotPermitted refused) {
            throw new CxoneRateLimitedException(operation, 0, "client rate limiter '" + limiter.getName()
                    + "' gave no permit within " + limiter.getRateLimiterConfig().getTimeoutDuration(), refused);
        }
    }
}
