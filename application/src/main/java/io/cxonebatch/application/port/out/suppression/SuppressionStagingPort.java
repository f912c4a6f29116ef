package io.cxonebatch.application.port.out.suppression;

import java.util.List;

/**
 * Stages a run's suppression entries and contacts, a batch at a time, with COPY. Every method joins the caller's
 * transaction when there is one, so that a page staged and the cursor after it commit together. Safe for several
 * threads.
 */
public interface SuppressionStagingPort {

    /** Forgets the run's entries from one source (a file loaded again from its top after a restart). */
    void clearSource(long runId, String source);

    /** Forgets everything the run staged, once its report is written. */
    void clearRun(long runId);

    /** Forgets the run's contacts of one list. */
    void clearList(long runId, String listId);

    void stageSuppressions(long runId, List<StagedSuppression> entries);

    void stageContacts(long runId, List<StagedContact> contacts);

    /** Per source, in source order: entries staged and how many of them were unparseable. */
    List<SourceCount> sourceCounts(long runId);
}
