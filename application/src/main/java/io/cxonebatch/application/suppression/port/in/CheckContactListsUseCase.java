package io.cxonebatch.application.suppression.port.in;

import io.cxonebatch.application.kit.PageCursor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Steps 3 and 4 of suppression-crossref: each contact list read, normalised, staged and matched. */
public interface CheckContactListsUseCase {

    /** The lists a run checks: those asked for, or every list the registry's campaigns dial. */
    List<String> listsToCheck(List<String> requested);

    /** Normalises and stages one page of a list, or says that CXone does not have the list. */
    ContactPage stageContactPage(long runId, String listId, @Nullable PageCursor cursor);

    /** Matches the list in the database, replaces its stored result, and audits its totals. */
    ListChecked matchList(long runId, long jobExecutionId, String listId, @Nullable String region);

    /** Audits a list that could not be checked; the run goes on with the others. */
    void listFailed(long runId, long jobExecutionId, String listId, String reason);

    /**
     * A list's result in the run.
     *
     * @param unparseable contacts whose number cannot be parsed: not eligible, since nobody can prove them unsuppressed
     * @param suppressed contacts on at least one suppression source, each once
     * @param eligible contacts that may be dialled: parseable, not suppressed, in the run's region when it names one
     */
    record ListChecked(String listId, long contactsRead, long unparseable, long suppressed, long eligible) {
    }

    /** What reading one page of a list came to. */
    sealed interface ContactPage permits Staged, Missing {
    }

    /** The page is staged. */
    record Staged(PageStaged page) implements ContactPage {
    }

    /** CXone does not have the list (404); nothing was staged for it. */
    record Missing(String reason) implements ContactPage {
    }
}
