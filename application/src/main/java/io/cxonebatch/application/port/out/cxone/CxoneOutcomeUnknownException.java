package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/**
 * A call that changes CXone reached it, and no answer said whether the change was made: a 5xx, a timeout or a
 * connection lost after the request was sent. CXone may have made the change. The adapter does not send such a
 * call again on its own; the caller finds out whether the change took effect before it sends it again.
 */
public class CxoneOutcomeUnknownException extends CxoneUnavailableException {

    public CxoneOutcomeUnknownException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, httpStatus, serverMessage, cause);
    }
}
