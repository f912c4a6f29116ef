package io.cxonebatch.sandbox.internal;

import org.jspecify.annotations.Nullable;

/** An answer other than success, thrown by an endpoint and turned into {@code {"status","message"}} by the dispatcher. */
public final class RequestRejectedException extends RuntimeException {

    private final int status;
    private final @Nullable String requiredScope;

    public RequestRejectedException(int status, String message) {
        this(status, message, null);
    }

    public RequestRejectedException(int status, String message, @Nullable String requiredScope) {
        super(message, null, false, false);
        this.status = status;
        this.requiredScope = requiredScope;
    }

    public int status() {
        return status;
    }

    public @Nullable String requiredScope() {
        return requiredScope;
    }

    public ApiResponse toResponse() {
        return ApiResponse.error(status, getMessage(), requiredScope);
    }
}
