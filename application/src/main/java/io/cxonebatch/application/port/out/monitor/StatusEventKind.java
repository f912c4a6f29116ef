package io.cxonebatch.application.port.out.monitor;

/** What the monitor saw. */
public enum StatusEventKind {
    /** A status change the lifecycle allows (possibly over several steps between two polls). */
    TRANSITION,
    /** A status change the lifecycle forbids, such as COMPLETED back to ACTIVE: recorded, and taken as CXone's word. */
    ANOMALY,
    /** CXone no longer has the campaign: a 404, or absent from every page of its listing. Not polled again. */
    MISSING,
    /** ACTIVATING for longer than the activation budget; flagged once per activation. */
    ACTIVATION_OVERDUE
}
