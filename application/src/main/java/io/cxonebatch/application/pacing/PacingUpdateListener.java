package io.cxonebatch.application.pacing;

/**
 * Told of every pacing update CXone accepted, after it is recorded (an analytics sync, a notification). A listener
 * that throws is logged and audited; the update stands and the row is still counted as updated.
 */
public interface PacingUpdateListener {

    /** A short name for logs and the audit. */
    String name();

    void updated(PacingUpdated update);
}
