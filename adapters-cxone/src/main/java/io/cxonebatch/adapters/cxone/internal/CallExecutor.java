package io.cxonebatch.adapters.cxone.internal;

import feign.FeignException;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one CXone call, of either dialect, with everything around it, outermost first: the retry (429, 5xx, I/O,
 * timeouts; for an endpoint that is not {@linkplain CallTarget#resendable() resendable}, only failures that prove CXone did not act),
 * the circuit breaker (one decision per attempt), and the token (one fresh token and one more try after a 401).
 * Each request, the one after a 401 included, then takes a permit from the tenant's rate limiter, then the
 * token, and is sent at once: a token taken before the wait for a permit could expire during it. The invocation
 * receives the {@code Authorization} header value to send.
 */
public final class CallExecutor {

    private static final Logger log = LoggerFactory.getLogger(CallExecutor.class);

    private final AccessTokens tokens;
    private final RequestPermits permits;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public CallExecutor(AccessTokens tokens, RequestPermits permits, Retry retry, CircuitBreaker breaker, ClientMetrics metrics) {
        this.tokens = tokens;
        this.permits = permits;
        this.retry = retry;
        this.breaker = breaker;
        retry.getEventPublisher().onRetry(event -> {
            String reason = Failures.retryReason(event.getLastThrowable());
            metrics.recordRetry(reason == null ? "other" : reason);
            log.debug("CXone call retried ({}), attempt {} after {} ms", reason, event.getNumberOfRetryAttempts() + 1,
                    event.getWaitInterval().toMillis());
        });
    }

    /** One request to the token endpoint, now, through the rate limiter: see {@link AccessTokens#fetchNow()}. */
    public void checkTokenEndpoint() {
        tokens.fetchNow();
    }

    /**
     * @throws io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException when the endpoint is not
     *     resendable and CXone may have acted on a request without saying so; it is not sent again
     */
    public <T> T call(CallTarget endpoint, Function<String, T> invocation) {
        try {
            return retry.executeSupplier(() -> breaker.executeSupplier(() -> withTokenRetry(endpoint, invocation)));
        } catch (CallNotPermittedException open) {
            throw new CxoneUnavailableException(endpoint.operation(), 0,
                    "circuit breaker '" + breaker.getName() + "' is OPEN; CXone is not called until it half-opens", open);
        }
    }

    private <T> T withTokenRetry(CallTarget endpoint, Function<String, T> invocation) {
        permits.await(endpoint.operation());
        String token = tokens.current();
        try {
            return send(endpoint, invocation, token);
        } catch (CxoneAuthenticationException rejected) {
            tokens.invalidate(token);
            permits.await(endpoint.operation());
            String fresh = tokens.current();
            try {
                return send(endpoint, invocation, fresh);
            } catch (CxoneAuthenticationException again) {
                String said = again.serverMessage();
                throw new CxoneAuthenticationException(endpoint.operation(), again.httpStatus(),
                        "refused a freshly issued token too" + (said == null || said.isBlank() ? "" : ": " + said), null);
            }
        }
    }

    private static <T> T send(CallTarget endpoint, Function<String, T> invocation, String token) {
        try {
            return invocation.apply("Bearer " + token);
        } catch (FeignException failure) {
            throw Failures.afterSending(endpoint, Failures.fromFeign(endpoint.operation(), failure));
        } catch (CxoneUnavailableException failure) {
            throw Failures.afterSending(endpoint, failure);
        }
    }
}
