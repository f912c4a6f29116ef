package io.cxonebatch.application.port.out.suppression;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import org.jspecify.annotations.Nullable;

/** Matches a list's staged contacts against the run's suppressions, in SQL, and keeps each list's latest result. */
public interface SuppressionResultsPort {

    /**
     * Joins the list's staged contacts to every suppression entry the run staged on the normalised number, and in one
     * transaction replaces the list's stored result (its matches and totals) with this run's: until it commits, the
     * previous result stands whole.
     *
     * @param region when not null, only contacts of this region (case-insensitive) can be eligible
     */
    ListTotals matchList(long runId, String listId, @Nullable String region);

    /** The list's matched contacts in this run, by contact id, after the cursor. */
    Page<MatchedContact> matches(long runId, String listId, @Nullable PageCursor after, int limit);

    /**
     * The ids of the list's eligible contacts in this run, in contact id order, after the cursor, from at most
     * {@code limit} staged rows: a page may hold fewer ids than that (or none) and still have a next one.
     */
    Page<String> eligibleContactIds(long runId, String listId, @Nullable String region, @Nullable PageCursor after, int limit);
}
