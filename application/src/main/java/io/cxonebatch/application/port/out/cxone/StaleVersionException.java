package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** 412: the {@code If-Match} version is stale; re-read, re-apply and try again. */
public class StaleVersionException extends CxoneCallException {

    public StaleVersionException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, httpStatus, serverMessage, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
