package io.cxonebatch.application.port.out.plan;

/** The step of a job that rejected or failed a plan row. */
public enum PlanRowStage {
    /** Reading the row and checking its cells. */
    VALIDATION,
    /** Checking its schedule against the plan's other rows and CXone's campaigns. */
    CONFLICTS,
    /** Checking, before any change, that the contact lists it names exist in CXone. */
    PREFLIGHT,
    /** Carrying it out in CXone. */
    PROVISIONING
}
