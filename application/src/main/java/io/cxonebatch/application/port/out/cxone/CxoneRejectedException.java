package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** CXone refused the request itself (400 malformed, 404 unknown id, 422 engine constraint): fail that item, do not retry. */
public class CxoneRejectedException extends CxoneCallException {

    public CxoneRejectedException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, httpStatus, serverMessage, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
