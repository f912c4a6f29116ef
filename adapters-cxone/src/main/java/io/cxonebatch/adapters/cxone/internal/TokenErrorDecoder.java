package io.cxonebatch.adapters.cxone.internal;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of the token endpoint: a refusal (any 4xx but 429) means the credentials are wrong or revoked and is not
 * retried; 429 and 5xx are transient like on any other endpoint.
 */
public final class TokenErrorDecoder implements ErrorDecoder {

    private final String operation;
    private final List<String> secretForms;
    private final Duration retryAfterCeiling;
    private final JsonMapper mapper;
    private final Clock clock;

    public TokenErrorDecoder(String operation, String clientId, String clientSecret, JsonMapper mapper, Clock clock, Duration retryAfterCeiling) {
        this.operation = operation;
        this.secretForms = SecretForms.ofClientSecret(clientId, clientSecret);
        this.retryAfterCeiling = retryAfterCeiling;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        ErrorBody body = ErrorBody.read(response, mapper, secretForms);
        int status = response.status();
        if (status == 429) {
            return ServerRateLimitedException.of(operation, body.message(),
                    RetryAfter.parse(CxoneErrorDecoder.firstHeader(response, "Retry-After"), clock).orElse(null), retryAfterCeiling);
        }
        if (status >= 500) {
            return new CxoneUnavailableException(operation, status, body.message(), null);
        }
        return new CxoneAuthenticationException(operation, status, body.message(), null);
    }
}
