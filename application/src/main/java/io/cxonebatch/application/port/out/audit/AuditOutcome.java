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
    PLANNED
}
