package io.cxonebatch.application.port.out.plan;

/** The step of a job that rejected or failed a plan row. */
public enum PlanRowStage {
    /** Reading the row and checking its cells. */
    VALIDATION,
    /** Checking its schedule against the plan's other rows and CXone's campaigns. */
    CONFLICTS,
    /** Carrying it out in CXone. */
    PROVISIONING
}
