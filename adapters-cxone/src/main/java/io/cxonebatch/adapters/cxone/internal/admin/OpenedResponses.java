package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Response;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;

/**
 * Responses a Feign method hands over open and undecoded, so that their body can be read as it arrives: a non-2xx
 * one becomes the exception the error decoder names for it, as it would for any other method.
 */
final class OpenedResponses {

    private OpenedResponses() {
    }

    /** @return the response, open, when it is a 2xx with a body; otherwise it is closed and this throws */
    static Response successful(Response response, AdminErrorDecoder errors, AdminEndpoint endpoint) {
        if (response.status() < 200 || response.status() > 299) {
            try (response) {
                throw errors.failure(response);
            }
        }
        if (response.body() == null) {
            response.close();
            throw new CxoneUnavailableException(endpoint.operation(), response.status(), "response lacks a body", null);
        }
        return response;
    }
}
