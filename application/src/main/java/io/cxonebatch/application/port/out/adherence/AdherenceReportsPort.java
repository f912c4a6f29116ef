package io.cxonebatch.application.port.out.adherence;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The adherence rows of each run, and which run's rows are a date's report. A run writes its rows as it goes; they
 * become the date's report only when the run publishes them, in one transaction that also drops the rows of the run
 * they replace, so a reader sees the old report or the new one, never half of each, and never both.
 */
public interface AdherenceReportsPort {

    /** Up to {@code limit} campaigns of the registry with a CXone id whose planned window overlaps {@code day}, by key. */
    Page<KnownCampaign> campaignsTouching(TimeSpan day, @Nullable PageCursor after, int limit);

    /** Writes (or, for a page written again after a restart, rewrites) rows of a run. */
    void write(long runId, LocalDate date, List<AdherenceRow> rows);

    /** A run's rows, by external key. */
    List<AdherenceRow> rowsOf(long runId, LocalDate date);

    /**
     * Makes this run's rows the date's report and deletes those of the run it replaces.
     *
     * @return the run whose report was replaced, if there was one
     */
    OptionalLong publish(long runId, LocalDate date);
}
