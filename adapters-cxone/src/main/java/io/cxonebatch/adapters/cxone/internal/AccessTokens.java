package io.cxonebatch.adapters.cxone.internal;

import feign.FeignException;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant's token, of either dialect: fetched once, shared by every thread, refreshed when less than the
 * buffer of its life is left. Only one refresh is in flight at a time; while a still valid token is being
 * replaced, other threads keep using it instead of waiting. The token request takes its permit from the tenant's
 * rate limiter like any other request. Never logs or reveals a token or the secret.
 */
public final class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final String tenant;
    private final String operation;
    private final TokenRequest request;
    private final Duration assumedLifetime;
    private final Duration refreshBuffer;
    private final Clock clock;
    private final ClientMetrics metrics;
    private final RequestPermits permits;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private volatile @Nullable CachedToken cached;

    /**
     * @param operation the token endpoint as messages name it, e.g. {@code POST /oauth/token}
     * @param assumedLifetime the lifetime of a token whose answer does not say
     */
    public AccessTokens(String tenant, String operation, TokenRequest request, Duration assumedLifetime,
            Duration refreshBuffer, Clock clock, ClientMetrics metrics, RequestPermits permits) {
        this.tenant = tenant;
        this.operation = operation;
        this.request = request;
        this.assumedLifetime = assumedLifetime;
        this.refreshBuffer = refreshBuffer;
        this.clock = clock;
        this.metrics = metrics;
        this.permits = permits;
    }

    /**
     * A token good for a request sent now, fetching one if none is cached or the cached one is due. Callers ask
     * after their request's permit, not before: a token taken before a wait may expire during it.
     */
    public String current() {
        CachedToken token = cached;
        Instant now = clock.instant();
        if (token != null && token.isFreshAt(now)) {
            return token.value();
        }
        if (token != null && token.isValidAt(now)) {
            if (!refreshLock.tryLock()) {
                return token.value();
            }
        } else {
            refreshLock.lock();
        }
        try {
            return refreshUnlessDone();
        } finally {
            refreshLock.unlock();
        }
    }

    /**
     * Asks the token endpoint for a new token now, whatever is cached, and keeps it: whether CXone answers and takes the
     * credentials, for a health check. Throws what the call failed with; the cached token, if any, stays.
     */
    public void fetchNow() {
        refreshLock.lock();
        try {
            cached = fetch();
        } finally {
            refreshLock.unlock();
        }
    }

    /** Forgets the token CXone refused, unless another thread has already replaced it. */
    public void invalidate(String rejected) {
        refreshLock.lock();
        try {
            CachedToken token = cached;
            if (token != null && token.value().equals(rejected)) {
                cached = null;
            }
        } finally {
            refreshLock.unlock();
        }
    }

    private String refreshUnlessDone() {
        CachedToken token = cached;
        if (token != null && token.isFreshAt(clock.instant())) {
            return token.value();
        }
        try {
            CachedToken fresh = fetch();
            cached = fresh;
            return fresh.value();
        } catch (CxoneCallException failure) {
            if (token != null && token.isValidAt(clock.instant())) {
                log.warn("CXone token refresh failed ({}); the current token stays in use until {}", failure.getMessage(), token.expiresAt());
                return token.value();
            }
            throw failure;
        }
    }

    private CachedToken fetch() {
        permits.await(operation);
        // The token's life starts when it is asked for, after the wait for the permit.
        Instant now = clock.instant();
        try {
            TokenRequest.Issued response = request.send();
            if (response.accessToken() == null || response.accessToken().isBlank()) {
                throw new CxoneAuthenticationException(operation, 200, "token response carried no access_token", null);
            }
            Duration lifetime = response.expiresInSeconds() == null || response.expiresInSeconds() <= 0
                    ? assumedLifetime
                    : Duration.ofSeconds(response.expiresInSeconds());
            metrics.recordTokenRefresh(true);
            log.debug("CXone access token obtained for tenant '{}', valid for {} s", tenant, lifetime.toSeconds());
            return CachedToken.issued(response.accessToken(), now, lifetime, refreshBuffer);
        } catch (FeignException failure) {
            metrics.recordTokenRefresh(false);
            throw Failures.fromFeign(operation, failure);
        } catch (RuntimeException failure) {
            metrics.recordTokenRefresh(false);
            throw failure;
        }
    }
}
