package io.cxonebatch.application.assignment;

/** The steps of agent-assignment that can reject or fail a row. */
public enum AssignmentStage {
    /** Reading the row, checking it against the roster rules and its campaign. */
    VALIDATION,
    /** Dispatching the campaign's agents to CXone. */
    DISPATCH
}
