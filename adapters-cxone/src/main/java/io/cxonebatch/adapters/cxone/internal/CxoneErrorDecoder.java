package io.cxonebatch.adapters.cxone.internal;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.MissingScopeException;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every non-2xx answer of an API endpoint into the port exception for its condition, naming the operation,
 * the status and the server's message. Which of them are retried is decided by {@link Failures}; a 401 here is
 * the first one, which {@link CallExecutor} answers with a fresh token.
 */
final class CxoneErrorDecoder implements ErrorDecoder {

    private final JsonMapper mapper;
    private final Clock clock;
    private final Duration retryAfterCeiling;

    CxoneErrorDecoder(JsonMapper mapper, Clock clock, Duration retryAfterCeiling) {
        this.mapper = mapper;
        this.clock = clock;
        this.retryAfterCeiling = retryAfterCeiling;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Endpoint endpoint = Endpoint.of(response.request());
        String operation = endpoint.operation();
        ErrorBody body = ErrorBody.readHidingToken(response, mapper);
        int status = response.status();
        return switch (status) {
            case 401 -> new CxoneAuthenticationException(operation, status, body.message(), null);
            case 403 -> new MissingScopeException(operation,
                    body.requiredScope() != null ? body.requiredScope() : endpoint.requiredScope(), body.message(), null);
            case 409 -> new CxoneConflictException(operation, status, body.message(), null);
            case 412 -> new StaleVersionException(operation, status, body.message(), null);
            case 429 -> ServerRateLimitedException.of(operation, body.message(),
                    RetryAfter.parse(firstHeader(response, "Retry-After"), clock).orElse(null), retryAfterCeiling);
            default -> status >= 500
                    ? new CxoneUnavailableException(operation, status, body.message(), null)
                    : new CxoneRejectedException(operation, status, body.message(), null);
        };
    }

    static @Nullable String firstHeader(Response response, String name) {
        Collection<String> values = response.headers().get(name);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
