package io.cxonebatch.adapters.cxone;

import java.net.URI;
import java.time.Duration;

/** Settings for tests against {@link ScriptedCxone}: tiny backoffs and a breaker that trips within a few calls. */
final class TestSettings {

    static final String CLIENT_ID = "batch-client";
    static final String CLIENT_SECRET = "s3cr3t-Zq8!pW";

    private TestSettings() {
    }

    static CxoneClientSettings.Builder forFake(ScriptedCxone fake) {
        return CxoneClientSettings.builder(URI.create(fake.baseUrl()), CLIENT_ID, CLIENT_SECRET)
                .tenant("test")
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(3))
                .rateLimitPerMinute(60_000)
                .maxWaitForPermit(Duration.ofSeconds(5))
                .retryMaxAttempts(3)
                .retryInitialBackoff(Duration.ofMillis(1))
                .retryMultiplier(2.0)
                .retryMaxBackoff(Duration.ofMillis(10))
                .retryJitter(0.0)
                .maxRetryAfter(Duration.ofSeconds(2))
                .circuitBreakerFailureRateThreshold(50f)
                .circuitBreakerSlidingWindowSize(4)
                .circuitBreakerMinimumCalls(4)
                .circuitBreakerWaitInOpenState(Duration.ofMillis(300))
                .circuitBreakerPermittedCallsInHalfOpen(1);
    }
}
