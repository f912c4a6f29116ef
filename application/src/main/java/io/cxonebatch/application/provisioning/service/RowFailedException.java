package io.cxonebatch.application.service;

import io.cxonebatch.application.port.in.ActivationOutcome;
import io.cxonebatch.application.port.in.ProvisioningOutcome;

/**
 * Ends a plan row's remaining steps; the reason has already been audited. Never leaves the service. The row ends
 * FAILED, REJECTED (a rule said no) or DEFERRED (CXone was not answering; nothing is wrong with the row and trying
 * it again resumes it).
 */
final class RowFailedException extends RuntimeException {

    private final ActivationOutcome activation;
    private final ProvisioningOutcome outcome;

    RowFailedException(String reason) {
        this(reason, ActivationOutcome.NOT_REQUESTED, ProvisioningOutcome.FAILED);
    }

    RowFailedException(String reason, ActivationOutcome activation) {
        this(reason, activation, ProvisioningOutcome.FAILED);
    }

    private RowFailedException(String reason, ActivationOutcome activation, ProvisioningOutcome outcome) {
        super(reason, null, false, false);
        this.activation = activation;
        this.outcome = outcome;
    }

    static RowFailedException deferred(String reason) {
        return new RowFailedException(reason, ActivationOutcome.NOT_REQUESTED, ProvisioningOutcome.DEFERRED);
    }

    static RowFailedException rejected(String reason) {
        return new RowFailedException(reason, ActivationOutcome.NOT_REQUESTED, ProvisioningOutcome.REJECTED);
    }

    ActivationOutcome activation() {
        return activation;
    }

    ProvisioningOutcome outcome() {
        return outcome;
    }

    boolean isDeferred() {
        return outcome == ProvisioningOutcome.DEFERRED;
    }

    /** The same ending, with the activation outcome it had. */
    RowFailedException withActivation(ActivationOutcome newActivation) {
        return new RowFailedException(getMessage(), newActivation, outcome);
    }
}
