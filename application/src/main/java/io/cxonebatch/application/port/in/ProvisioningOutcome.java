package io.cxonebatch.application.port.in;

/** How provisioning one plan row ended. */
public enum ProvisioningOutcome {
    /** Something was created, adopted, attached, configured or activated in this call. */
    PROVISIONED,
    /** The campaign was known and already in the state the row asks for; nothing was changed. */
    ALREADY_PRESENT,
    /** Dry run: the result's changes list what a real run would do. */
    PLANNED,
    /** A rule said no (e.g. the licensed preview limit); the reason names it. */
    REJECTED,
    /** A CXone call failed or the activation ended in a failed state; the reason says which. */
    FAILED,
    /**
     * CXone was not answering (5xx after every retry, timeouts, an open circuit breaker, no rate-limit permit):
     * whatever was done is recorded, and the row is to be tried again later, where it will resume.
     */
    DEFERRED
}
