package io.cxonebatch.application.port.out.plan;

import java.util.List;
import java.util.function.Consumer;

/**
 * Stages the rows of a plan for a run and records what becomes of them. Rows are identified by run and line.
 * Every method is safe to call from several threads; none holds more than a page of rows in memory.
 */
public interface StagePlanRowsPort {

    /** Forgets every row of the run, so that a restarted validation can stage the file again from the top. */
    void clearRun(long runId);

    /** Stages rows read from the file, in one batch. A line staged twice for the same run is an error. */
    void stageRows(long runId, List<NewPlanRow> rows);

    /** Hands every row of the run in the given statuses to the consumer, in line order, a page at a time. */
    void forEachRow(long runId, List<PlanRowStatus> statuses, Consumer<PlanRow> consumer);

    /** Up to {@code limit} PENDING rows after {@code afterLine}, in line order. */
    List<PlanRow> pendingRows(long runId, long afterLine, int limit);

    /**
     * Settles rows, in one batch. Only PENDING rows change: a row already settled keeps its first result (a
     * replayed chunk after a crash must not overwrite what a previous attempt recorded).
     *
     * @return how many rows changed
     */
    int settle(long runId, List<PlanRowResult> results);

    PlanRowCounts count(long runId);
}
