package io.cxonebatch.application.service;

import io.cxonebatch.application.port.in.ActivationOutcome;

/** Ends a plan row's remaining steps; the reason has already been audited. Never leaves the service. */
final class RowFailedException extends RuntimeException {

    private final ActivationOutcome activation;

    RowFailedException(String reason) {
        this(reason, ActivationOutcome.NOT_REQUESTED);
    }

    RowFailedException(String reason, ActivationOutcome activation) {
        super(reason, null, false, false);
        this.activation = activation;
    }

    ActivationOutcome activation() {
        return activation;
    }
}
