package io.cxonebatch.application.pacing;

/** The steps of dialer-parameter-update that can reject or fail a row. */
public enum PacingStage {
    /** Reading the row, checking it against the pacing rules and finding its campaign in the registry. */
    VALIDATION,
    /** Updating the campaign's dialer parameters in CXone. */
    UPDATE
}
