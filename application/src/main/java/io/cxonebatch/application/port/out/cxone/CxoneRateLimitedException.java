package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** 429 after the client's own bounded waiting: the tenant's rate limit held. */
public class CxoneRateLimitedException extends CxoneCallException {

    public CxoneRateLimitedException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, httpStatus, serverMessage, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
