package io.cxonebatch.application.kit;

/**
 * Where one item of a run stands: a plan row, a roster line, a pacing change. An item starts PENDING (or REJECTED
 * when it fails its checks on the way in) and is settled once, into any status but PENDING. Each job names these in
 * its own words where people read them (provisioning says PROVISIONED for DONE).
 */
public enum ItemStatus {
    /** Valid and not yet carried out; also what a call leaves when CXone was not answering and the item waits. */
    PENDING,
    /** Carried out in this run. */
    DONE,
    /** Already in the state the item asks for; nothing was changed. */
    ALREADY_DONE,
    /** Dry run: the item's changes say what a real run would do. */
    PLANNED,
    /** Broke a rule (bad input, a conflict, a limit); its violations say which. */
    REJECTED,
    /** Valid, but carrying it out failed; its violations say why. */
    FAILED;

    public boolean isSettled() {
        return this != PENDING;
    }

    /** Rejected and failed items are the ones someone has to look at, and they keep a run from exiting 0. */
    public boolean isProblem() {
        return this == REJECTED || this == FAILED;
    }
}
