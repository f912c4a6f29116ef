package io.cxonebatch.application.port.out.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** The change was made. */
    SUCCESS,
    /** Nothing needed doing: the change was already in place. */
    SKIPPED,
    /** Input broke a rule; nothing was sent. */
    REJECTED,
    /** The change was attempted and did not happen. */
    FAILED,
    /** The outcome was not known within the time budget; a later run picks it up. */
    TIMEOUT,
    /** A job run started. */
    STARTED,
    /** A job run finished as COMPLETED. */
    COMPLETED,
    /** A dry run would have made this change. */
    PLANNED,
    /**
     * About to make this change: recorded before the call, so that a crash between the call and its answer still
     * leaves a trace of what may have been done.
     */
    INTENDED,
    /** The call was sent and no answer said whether CXone made the change (5xx, timeout, lost connection). */
    UNKNOWN
}
