package io.cxonebatch.application.suppression.port.in;

import io.cxonebatch.application.kit.PageCursor;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Steps 1 and 2 of suppression-crossref: every suppression source, normalised into the run's staging. */
public interface LoadSuppressionSourcesUseCase {

    /**
     * Why the files may not be used, before anything is read: a copy older than the allowed age (federal rules
     * want a registry copy no older than 31 days). Empty when all may be used.
     */
    Optional<String> refusal(List<DncFile> files);

    /** Normalises and stages every line of one file, a thousand at a time, and audits it as a source loaded. */
    SourceLoaded loadFile(long runId, long jobExecutionId, DncFile file, Iterator<DncLine> lines);

    /**
     * Normalises and stages one page of CXone's suppression list; on the last page, audits the list as a source
     * loaded.
     */
    PageStaged stageCxonePage(long runId, long jobExecutionId, @Nullable PageCursor cursor);

    /**
     * @param entries lines or entries staged
     * @param unparseable how many of them hold a number that cannot be parsed (counted, never matched)
     */
    record SourceLoaded(long entries, long unparseable) {
    }
}
