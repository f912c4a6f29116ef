package io.cxonebatch.application.monitor.port.in;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.kit.PageCursor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The steps of campaign-status-monitor. */
public interface ObserveCampaignsUseCase {

    /**
     * Step 1: reads one page of CXone's campaign listing (pages of up to 1,000) and records what it shows of the
     * campaigns the registry tracks: each event with its audit row, those unchanged in one statement.
     */
    Observed observeListingPage(long runId, long jobExecutionId, @Nullable PageCursor cursor);

    /**
     * Step 2: reads one by one the tracked campaigns the listing did not show (up to a page of them), marking MISSING
     * those CXone answers 404 for.
     */
    Observed checkUnlisted(long runId, long jobExecutionId, @Nullable PageCursor cursor);

    /** Step 3: the events file's columns. */
    List<String> eventColumns();

    /** Step 3: the run's events (a restart's included), oldest first, as the events file's records. */
    List<List<String>> eventRows(long runId);

    /** Step 3: the run's result, naming by external key every campaign that changed, went missing or is overdue. */
    JobResult summarize(long runId, String eventsFile);
}
