package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** 403: the token lacks the scope this call needs (or the id belongs to another tenant). */
public class MissingScopeException extends CxoneCallException {

    private final String requiredScope;

    public MissingScopeException(String operation, String requiredScope, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation + " needs scope '" + requiredScope + "'", 403, serverMessage, cause);
        this.requiredScope = requiredScope;
    }

    public String requiredScope() {
        return requiredScope;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
