package io.cxonebatch.adapters.persistence;

/**
 * A plan row was staged for a line its run already has, or twice in one batch: the run was restarted without
 * being cleared, or the reader handed out a line twice. Nothing of the batch is staged.
 */
public class PlanRowAlreadyStagedException extends RuntimeException {

    private final long runId;

    PlanRowAlreadyStagedException(long runId, String message, Throwable cause) {
        super(message, cause);
        this.runId = runId;
    }

    PlanRowAlreadyStagedException(long runId, String message) {
        super(message);
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }
}
