package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.cxonebatch.adapters.cxone.internal.ErrorBody;
import io.cxonebatch.adapters.cxone.internal.ServerRateLimitedException;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every non-2xx answer of an Admin endpoint into the port exception for its condition, with the server's
 * message from any of the Admin shapes (cxone-admin-api.md §9.1). A 401 is the first one, which the executor answers
 * with a fresh token. A 403 is a rejection: the Admin API has no scopes, only the role of the key's employee. A 429 is
 * retried with the retry's own backoff, since the Admin API sends no {@code Retry-After} to rely on (§9.4). A 406 is
 * no answer about the data but a defect of this client, and fails as one.
 */
final class AdminErrorDecoder implements ErrorDecoder {

    private final JsonMapper mapper;

    AdminErrorDecoder(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        return failure(response);
    }

    /** The exception for a non-2xx answer that Feign handed over undecoded; the response is left open. */
    RuntimeException failure(Response response) {
        String operation = AdminEndpoint.of(response.request()).operation();
        ErrorBody body = ErrorBody.readHidingToken(response, mapper);
        int status = response.status();
        return switch (status) {
            case 401 -> new CxoneAuthenticationException(operation, status, body.message(), null);
            case 406 -> new IllegalStateException(operation + " answered 406 (" + body.message() + "): CXone does so when a"
                    + " request does not accept application/json, so this client sent a request it must never send;"
                    + " a defect of the client, not of the data or of CXone");
            case 409 -> new CxoneConflictException(operation, status, body.message(), null);
            case 429 -> new ServerRateLimitedException(operation, body.message(), null);
            default -> status >= 500
                    ? new CxoneUnavailableException(operation, status, body.message(), null)
                    : new CxoneRejectedException(operation, status, body.message(), null);
        };
    }
}
