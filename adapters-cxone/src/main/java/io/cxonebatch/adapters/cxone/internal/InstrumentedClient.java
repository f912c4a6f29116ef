package io.cxonebatch.adapters.cxone.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the HTTP client so that every request that leaves, retries and token refreshes included, is timed and
 * logged in one DEBUG line: method, endpoint template, status and milliseconds. Never a URL, a header or a body.
 * The rate limiter is not here: its permit must come before the token a request carries ({@link RequestPermits}).
 */
public final class InstrumentedClient implements Client {

    private static final Logger log = LoggerFactory.getLogger(InstrumentedClient.class);

    private final Client delegate;
    private final ClientMetrics metrics;
    private final Function<Request, String> templateOf;

    public InstrumentedClient(Client delegate, ClientMetrics metrics, Function<Request, String> templateOf) {
        this.delegate = delegate;
        this.metrics = metrics;
        this.templateOf = templateOf;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        String method = request.httpMethod().name();
        String template = templateOf.apply(request);
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
}
