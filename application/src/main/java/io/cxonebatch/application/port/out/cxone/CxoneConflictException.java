package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** 409: the change collides with existing state (duplicate name, capacity). The domain decides what follows. */
public class CxoneConflictException extends CxoneCallException {

    public CxoneConflictException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, httpStatus, serverMessage, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
