package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;

/** The failure for a success answer that lacks what the contract promises in it. */
final class IncompleteResponses {

    private IncompleteResponses() {
    }

    static CxoneUnavailableException lacking(Endpoint endpoint, int status, String what) {
        return new CxoneUnavailableException(endpoint.operation(), status, "response lacks " + what, null);
    }
}
