package io.cxonebatch.adapters.cxone.internal;

import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import feign.codec.EncodeException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Which failures are transient, and the port exceptions for what Feign reports without a status. Only 429, 5xx,
 * I/O errors and timeouts are retried, and of these, on an endpoint that is not {@linkplain CallTarget#resendable()
 * resendable}, only 429 and a connection that never opened; only 5xx, I/O errors and timeouts count against the
 * circuit breaker, whether retried or not.
 */
final class Failures {

    static final String RATE_LIMITED = "rate_limited";
    static final String SERVER_ERROR = "server_error";
    static final String TIMEOUT = "timeout";
    static final String IO_ERROR = "io_error";

    private Failures() {
    }

    /** Why the failure may be retried ({@code rate_limited}, {@code server_error}, {@code timeout}, {@code io_error}), or null. */
    static @Nullable String retryReason(Throwable failure) {
        return failure instanceof CxoneOutcomeUnknownException ? null : transientReason(failure);
    }

    private static @Nullable String transientReason(Throwable failure) {
        if (failure instanceof ServerRateLimitedException) {
            return RATE_LIMITED;
        }
        if (failure instanceof CxoneUnavailableException unavailable) {
            if (unavailable.httpStatus() >= 500) {
                return SERVER_ERROR;
            }
            if (unavailable.httpStatus() == 0 && unavailable.getCause() instanceof HttpTimeoutException) {
                return TIMEOUT;
            }
            if (unavailable.httpStatus() == 0 && unavailable.getCause() instanceof IOException) {
                return IO_ERROR;
            }
        }
        return null;
    }

    /** Whether the failure says CXone is unhealthy: 5xx, I/O errors and timeouts; never a 4xx. */
    static boolean countsAgainstBreaker(Throwable failure) {
        String reason = transientReason(failure);
        return reason != null && !RATE_LIMITED.equals(reason);
    }

    /** Our own rate limiter said no: CXone was not asked, so the breaker learns nothing from it. */
    static boolean isClientSideRefusal(Throwable failure) {
        return failure instanceof CxoneRateLimitedException limited && limited.httpStatus() == 0;
    }

    /**
     * The failure of a request that was sent, as its endpoint must report it: unchanged, unless the endpoint is
     * not resendable and CXone may have acted (a 5xx, a timeout, a connection lost after sending, an unreadable
     * answer), which makes it a {@link CxoneOutcomeUnknownException} that no retry sends again.
     */
    static RuntimeException afterSending(CallTarget endpoint, RuntimeException failure) {
        if (endpoint.resendable() || !(failure instanceof CxoneUnavailableException unavailable) || neverSent(unavailable)) {
            return failure;
        }
        return new CxoneOutcomeUnknownException(unavailable.operation(), unavailable.httpStatus(),
                unavailable.serverMessage(), unavailable.getCause());
    }

    /** No connection was opened, so CXone cannot have seen the request. */
    static boolean neverSent(CxoneUnavailableException failure) {
        Throwable cause = failure.getCause();
        return failure.httpStatus() == 0 && (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException);
    }

    /** The port exception for a Feign failure that carries no mapped status: I/O errors, timeouts, unreadable bodies. */
    static RuntimeException fromFeign(String operation, FeignException failure) {
        if (failure instanceof RetryableException && failure.getCause() instanceof IOException io) {
            return new CxoneUnavailableException(operation, 0, describe(io), io);
        }
        if (failure instanceof DecodeException) {
            // Parser messages may quote the body, which may hold phone numbers: keep only the kind of failure.
            Throwable root = failure.getCause() != null ? failure.getCause() : failure;
            return new CxoneUnavailableException(operation, Math.max(failure.status(), 0),
                    "unreadable response body (" + root.getClass().getSimpleName() + ")", null);
        }
        if (failure instanceof EncodeException) {
            return new IllegalStateException(operation + ": request body could not be encoded", failure);
        }
        String message = failure.getMessage();
        return new CxoneUnavailableException(operation, Math.max(failure.status(), 0),
                message == null ? null : PhoneNumberMasking.mask(message), null);
    }

    private static String describe(IOException io) {
        if (io instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (io instanceof HttpTimeoutException) {
            return "no response within the read timeout";
        }
        return io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
    }
}
