package io.cxonebatch.adapters.cxone.internal;

import feign.Client;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.jackson3.Jackson3Decoder;
import feign.jackson3.Jackson3Encoder;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one tenant's transport is built from, whichever dialect it speaks: one JSON mapper, one JDK HTTP client and its
 * timeouts, the client's meters, and the request permits every call draws on (the token's included). A dialect adds its
 * token call, its decoders and its clients.
 */
public record TransportParts(CxoneClientSettings settings, JsonMapper mapper, ClientMetrics metrics, Client http,
        Request.Options options, RequestPermits permits) {

    /** @param sharedBudget where the tenant's request budget is shared; null to keep it in this process */
    public static TransportParts of(CxoneClientSettings settings, MeterRegistry registry, @Nullable DataSource sharedBudget) {
        ClientMetrics metrics = new ClientMetrics(registry);
        RequestPermits permits = sharedBudget == null ? RequestPermits.local(settings, metrics)
                : RequestPermits.shared(sharedBudget, settings, metrics);
        return new TransportParts(settings, HttpWiring.jsonMapper(), metrics, HttpWiring.httpClient(settings),
                HttpWiring.options(settings), permits);
    }

    /**
     * A Feign builder over the shared HTTP client, its requests metered under the route {@code templateOf} names, JSON
     * in and out unless the caller replaces the coders, and no retry of Feign's own: {@link CallExecutor} retries.
     */
    public Feign.Builder feign(Function<Request, String> templateOf) {
        return Feign.builder()
                .client(new InstrumentedClient(http, metrics, templateOf))
                .options(options)
                .encoder(new Jackson3Encoder(mapper))
                .decoder(new Jackson3Decoder(mapper))
                .retryer(Retryer.NEVER_RETRY);
    }

    /** The one path every call takes: a permit, the tenant's token, the retry and the circuit breaker. */
    public CallExecutor executor(AccessTokens tokens) {
        CircuitBreaker breaker = ResiliencePolicies.circuitBreaker(settings);
        metrics.bindCircuitBreaker(breaker);
        return new CallExecutor(tokens, permits, ResiliencePolicies.retry(settings), breaker, metrics);
    }
}
