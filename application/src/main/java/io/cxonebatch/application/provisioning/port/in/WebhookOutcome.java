package io.cxonebatch.application.provisioning.port.in;

/** How ensuring one webhook ended. */
public enum WebhookOutcome {
    /** CXone registered the webhook in this call. */
    REGISTERED,
    /** A webhook for the same event filter and URI was already recorded; CXone was not called. */
    ALREADY_REGISTERED,
    /** Dry run: the webhook would be registered; CXone was not called. */
    PLANNED,
    /** The CXone call failed and CXone certainly did not register it; the reason says how. */
    FAILED,
    /**
     * A registration was sent and no answer said whether CXone made it (now or in an earlier run). It is never sent
     * again, since CXone cannot be asked and a second one would deliver every event twice; the reason says so.
     */
    UNCONFIRMED
}
