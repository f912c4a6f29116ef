package io.cxonebatch.application.port.out.retention;

import java.time.Instant;

/** Removes the working data of finished runs; the audit record and the results officers read are never touched. */
public interface StagingRetentionPort {

    /**
     * Deletes the staged items and suppression staging of every run whose executions all ended before {@code cutoff}
     * (a run still running, or left unfinished by a crash, is kept), and the outbox's settled notifications settled
     * before it.
     */
    PrunedRows pruneEndedBefore(Instant cutoff);

    /** How many runs were pruned, and how many rows of each kind went. */
    record PrunedRows(long runs, long stagedItems, long suppressionRows, long notifications) {
    }
}
