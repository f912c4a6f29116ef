package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;

/** The Resilience4j rate limiter, retry and circuit breaker of one tenant, built from its settings. */
public final class ResiliencePolicies {

    private ResiliencePolicies() {
    }

    /**
     * One permit per cycle of {@code 60 s / rate}: a burst is spread over the minute instead of spending the
     * minute's budget at once, and no sliding minute sees more than the rate plus one request.
     */
    static RateLimiter rateLimiter(CxoneClientSettings settings) {
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofMinutes(1).dividedBy(settings.rateLimitPerMinute()))
                .timeoutDuration(settings.maxWaitForPermit())
                .build();
        return RateLimiter.of("cxone-" + settings.tenant(), config);
    }

    /**
     * Retries 429 (waiting as {@code Retry-After} says, capped), 5xx, I/O errors and timeouts (backing off), nothing
     * else; never a {@link io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException}, whose request
     * CXone may have acted on.
     */
    public static Retry retry(CxoneClientSettings settings) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.retryInitialBackoff(),
                settings.retryMultiplier(), settings.retryJitter(), settings.retryMaxBackoff());
        Duration cap = settings.maxRetryAfter();
        IntervalBiFunction<Object> wait = (attempt, outcome) -> Math.max(1L, waitMillis(attempt, outcome, backoff, cap));
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(settings.retryMaxAttempts())
                .retryOnException(failure -> Failures.retryReason(failure) != null)
                .intervalBiFunction(wait)
                .failAfterMaxAttempts(false)
                .build();
        return Retry.of("cxone-" + settings.tenant(), config);
    }

    private static long waitMillis(int attempt, Either<Throwable, Object> outcome, IntervalFunction backoff, Duration cap) {
        Optional<Duration> asked = outcome.isLeft() && outcome.getLeft() instanceof ServerRateLimitedException limited
                ? limited.retryAfter()
                : Optional.empty();
        return asked.map(duration -> duration.compareTo(cap) > 0 ? cap : duration)
                .map(Duration::toMillis)
                .orElseGet(() -> backoff.apply(attempt));
    }

    /** Opens on the failure rate of 5xx, I/O errors and timeouts; a 4xx is an answer, so it counts as a success. */
    public static CircuitBreaker circuitBreaker(CxoneClientSettings settings) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.circuitBreakerSlidingWindowSize())
                .minimumNumberOfCalls(settings.circuitBreakerMinimumCalls())
                .failureRateThreshold(settings.circuitBreakerFailureRateThreshold())
                .waitDurationInOpenState(settings.circuitBreakerWaitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.circuitBreakerPermittedCallsInHalfOpen())
                .recordException(Failures::countsAgainstBreaker)
                .ignoreException(Failures::isClientSideRefusal)
                .build();
        return CircuitBreaker.of("cxone-" + settings.tenant(), config);
    }
}
