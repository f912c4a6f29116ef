package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** 5xx, timeout, connection failure, or the circuit breaker refusing calls: CXone is not answering well now. */
public class CxoneUnavailableException extends CxoneCallException {

    public CxoneUnavailableException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, httpStatus, serverMessage, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
