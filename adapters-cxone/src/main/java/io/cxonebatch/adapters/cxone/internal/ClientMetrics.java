package io.cxonebatch.adapters.cxone.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The client's meters: {@code cxone.client.requests} (a timer per endpoint template, method and status, or
 * {@code IO_ERROR}), {@code cxone.client.retries} (by reason) and {@code cxone.client.token.refreshes} (by outcome).
 */
final class ClientMetrics {

    static final String REQUESTS = "cxone.client.requests";
    static final String RETRIES = "cxone.client.retries";
    static final String TOKEN_REFRESHES = "cxone.client.token.refreshes";
    static final String IO_ERROR = "IO_ERROR";

    private final MeterRegistry registry;

    ClientMetrics(MeterRegistry registry) {
        this.registry = registry;
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
