package io.cxonebatch.adapters.cxone.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the HTTP client so that every request that leaves, retries and token refreshes included, first takes a
 * permit from the tenant's rate limiter (when there is one), then is timed and logged in one DEBUG line: method,
 * endpoint template, status and milliseconds. Never a URL, a header or a body.
 */
final class InstrumentedClient implements Client {

    private static final Logger log = LoggerFactory.getLogger(InstrumentedClient.class);

    private final Client delegate;
    private final @Nullable RateLimiter rateLimiter;
    private final ClientMetrics metrics;
    private final Function<Request, String> templateOf;

    InstrumentedClient(Client delegate, @Nullable RateLimiter rateLimiter, ClientMetrics metrics, Function<Request, String> templateOf) {
        this.delegate = delegate;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.templateOf = templateOf;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        String method = request.httpMethod().name();
        String template = templateOf.apply(request);
        if (rateLimiter != null) {
            waitForPermit(method + " " + template);
        }
        long start = System.nanoTime();
        try {
            Response response = delegate.execute(request, options);
            long nanos = System.nanoTime() - start;
            metrics.recordRequest(method, template, Integer.toString(response.status()), nanos);
            log.debug("CXone {} {} -> {} in {} ms", method, template, response.status(), TimeUnit.NANOSECONDS.toMillis(nanos));
            return response;
        } catch (IOException e) {
            long nanos = System.nanoTime() - start;
            metrics.recordRequest(method, template, ClientMetrics.IO_ERROR, nanos);
            log.debug("CXone {} {} -> {} ({}) in {} ms", method, template, ClientMetrics.IO_ERROR,
                    e.getClass().getSimpleName(), TimeUnit.NANOSECONDS.toMillis(nanos));
            throw e;
        }
    }

    private void waitForPermit(String operation) {
        try {
            RateLimiter.waitForPermission(rateLimiter);
        } catch (RequestNotPermitted refused) {
            throw new CxoneRateLimitedException(operation, 0, "client rate limiter '" + rateLimiter.getName()
                    + "' gave no permit within " + rateLimiter.getRateLimiterConfig().getTimeoutDuration(), refused);
        }
    }
}
