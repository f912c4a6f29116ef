package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** 401 even with a fresh token, or the token request itself was refused: credentials are wrong or revoked. */
public class CxoneAuthenticationException extends CxoneCallException {

    public CxoneAuthenticationException(String operation, int httpStatus, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, httpStatus, serverMessage, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
