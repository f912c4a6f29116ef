package io.cxonebatch.application.provisioning.port.in;

/** What became of the activation a plan row asked for. */
public enum ActivationOutcome {
    /** The row did not ask for activation, or a dry run only planned it. */
    NOT_REQUESTED,
    /** The campaign is active (or was already). */
    ACTIVE,
    /** CXone ended the activation in a failed or other terminal state, or the call to activate failed. */
    FAILED,
    /** The activation had not finished within the time budget; the monitoring job follows it up. */
    TIMEOUT,
    /** Activation was not requested because a rule forbids it (the licensed concurrent-preview limit). */
    REFUSED
}
