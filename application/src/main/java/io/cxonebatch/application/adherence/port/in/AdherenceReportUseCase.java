package io.cxonebatch.application.adherence.port.in;

import io.cxonebatch.application.kit.PageCursor;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The steps of adherence-report. */
public interface AdherenceReportUseCase {

    /**
     * Step 1: for a page of the campaigns whose planned window touches the date, reads CXone's analytics for the day,
     * computes each campaign's figures and writes them as the run's rows (a page written again after a restart
     * replaces its rows).
     */
    Computed computePage(long runId, long jobExecutionId, LocalDate date, @Nullable PageCursor cursor);

    /** Step 2: the run's rows, as the report's files show them. */
    AdherenceReport report(long runId, LocalDate date);

    /**
     * Step 2, once the files are written: makes the run's rows the date's report, replacing the previous one whole.
     *
     * @return the run whose report was replaced, if there was one
     */
    OptionalLong publish(long runId, long jobExecutionId, LocalDate date);
}
