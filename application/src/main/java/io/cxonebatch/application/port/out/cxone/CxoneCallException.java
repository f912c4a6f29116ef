package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/**
 * A CXone call that did not succeed. Each subclass names a condition the use cases act on differently; every
 * one carries the operation that was attempted, the HTTP status (0 when no response came) and the server's
 * message. Never carries a token or a secret.
 */
public abstract class CxoneCallException extends RuntimeException {

    private final String operation;
    private final int httpStatus;
    private final @Nullable String serverMessage;

    protected CxoneCallException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(describe(operation, httpStatus, serverMessage), cause);
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.serverMessage = serverMessage;
    }

    private static String describe(String operation, int httpStatus, @Nullable String serverMessage) {
        String status = httpStatus == 0 ? "no response" : "HTTP " + httpStatus;
        return operation + " failed (" + status + ")" + (serverMessage == null || serverMessage.isBlank() ? "" : ": " + serverMessage);
    }

    /** The endpoint and method, e.g. {@code POST /api/v2/campaigns}. */
    public String operation() {
        return operation;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public @Nullable String serverMessage() {
        return serverMessage;
    }

    /** Whether trying the same call again later may succeed. */
    public abstract boolean isRetryable();
}
