package io.cxonebatch.adapters.cxone.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The client's meters: {@code cxone.client.requests} (a timer per endpoint template, method and status, or
 * {@code IO_ERROR}), {@code cxone.client.retries} (by reason), {@code cxone.client.token.refreshes} (by outcome) and
 * {@code cxone.client.permit.wait} (how long each request waited for its rate-limit permit, by scope); and
 * Resilience4j's own meters of the circuit breaker ({@code resilience4j.circuitbreaker.state}, {@code .calls}, …).
 */
public final class ClientMetrics {

    static final String REQUESTS = "cxone.client.requests";
    static final String RETRIES = "cxone.client.retries";
    static final String TOKEN_REFRESHES = "cxone.client.token.refreshes";
    static final String PERMIT_WAIT = "cxone.client.permit.wait";
    static final String IO_ERROR = "IO_ERROR";

    private final MeterRegistry registry;

    public ClientMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The breaker's state (one gauge per state, 1 for the current one), calls by outcome and failure rate. */
    public void bindCircuitBreaker(CircuitBreaker breaker) {
        new TaggedCircuitBreakerMetricsPublisher(registry).publishMetrics(breaker);
    }

    void recordRequest(String method, String endpoint, String status, long nanos) {
        Timer.builder(REQUESTS)
                .description("HTTP requests to CXone, one per attempt")
                .tag("endpoint", endpoint)
                .tag("method", method)
                .tag("status", status)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** @param scope {@code process} or {@code tenant}, as {@code cxone.rate-limit-scope} names them */
    Timer permitWaits(String scope) {
        return Timer.builder(PERMIT_WAIT)
                .description("Time a request waited for its rate-limit permit, refused waits included")
                .tag("scope", scope)
                .register(registry);
    }

    void recordRetry(String reason) {
        Counter.builder(RETRIES).description("CXone calls retried").tag("reason", reason).register(registry).increment();
    }

    void recordTokenRefresh(boolean succeeded) {
        Counter.builder(TOKEN_REFRESHES)
                .description("Access tokens requested from CXone")
                .tag("outcome", succeeded ? "success" : "failure")
                .register(registry)
                .increment();
    }
}
