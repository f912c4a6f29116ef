package io.cxonebatch.application.port.out.plan;

/** Where a staged plan row stands. A row starts PENDING or REJECTED and ends in any status but PENDING. */
public enum PlanRowStatus {
    /** Valid and not yet carried out. */
    PENDING,
    /** Broke a rule (a cell, a schedule conflict, a limit); its violations say which. */
    REJECTED,
    /** Something was created, adopted, attached, configured or activated for it. */
    PROVISIONED,
    /** Already in the state the row asks for; nothing was changed. */
    ALREADY_PRESENT,
    /** Dry run: its changes say what a real run would do. */
    PLANNED,
    /** Valid, but a call to CXone failed or an activation ended badly; its violations say which. */
    FAILED;

    /** True once the row needs no more work. */
    public boolean isSettled() {
        return this != PENDING;
    }
}
