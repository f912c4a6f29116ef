package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.provisioning.port.in.ActivationOutcome;

/**
 * Ends a plan row's remaining steps; the reason has already been audited. Never leaves the service. The row ends
 * FAILED, REJECTED (a rule said no) or PENDING (CXone was not answering; nothing is wrong with the row and trying
 * it again resumes it).
 */
final class RowFailedException extends RuntimeException {

    private final ActivationOutcome activation;
    private final ItemStatus outcome;

    RowFailedException(String reason) {
        this(reason, ActivationOutcome.NOT_REQUESTED, ItemStatus.FAILED);
    }

    RowFailedException(String reason, ActivationOutcome activation) {
        this(reason, activation, ItemStatus.FAILED);
    }

    private RowFailedException(String reason, ActivationOutcome activation, ItemStatus outcome) {
        super(reason, null, false, false);
        this.activation = activation;
        this.outcome = outcome;
    }

    static RowFailedException deferred(String reason) {
        return new RowFailedException(reason, ActivationOutcome.NOT_REQUESTED, ItemStatus.PENDING);
    }

    static RowFailedException rejected(String reason) {
        return new RowFailedException(reason, ActivationOutcome.NOT_REQUESTED, ItemStatus.REJECTED);
    }

    ActivationOutcome activation() {
        return activation;
    }

    ItemStatus outcome() {
        return outcome;
    }

    boolean isDeferred() {
        return outcome == ItemStatus.PENDING;
    }

    /** The same ending, with the activation outcome it had. */
    RowFailedException withActivation(ActivationOutcome newActivation) {
        return new RowFailedException(getMessage(), newActivation, outcome);
    }
}
