package io.cxonebatch.application.provisioning;

/** The step of campaign-provisioning that rejected or failed a plan row, as its report and audit name it. */
public enum ProvisioningStage {
    /** Reading the row and checking its cells. */
    VALIDATION,
    /** Checking its schedule against the plan's other rows and CXone's campaigns. */
    CONFLICTS,
    /** Checking, before any change, that the contact lists it names exist in CXone. */
    PREFLIGHT,
    /** Carrying it out in CXone. */
    PROVISIONING
}
