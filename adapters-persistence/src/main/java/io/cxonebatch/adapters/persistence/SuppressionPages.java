package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * The keyset listings of a list's result in a run, by contact id: each page is the next {@code :limit} contacts after
 * the last id of the page before. A page starts at its cursor in the list's index (suppression_match_pkey,
 * suppression_contact_list_idx) instead of counting rows to skip, and nothing stays open between pages. The cursor is
 * that last contact id as it is; the first page starts after the empty string, which is below every id
 * (suppression_contact_contact_id_check).
 *
 * <p>Both listings are of the list's stored result, and only while it is the run's. Once another run has replaced
 * it, the run's matches are gone, and its staged contacts, with nothing left to set them against, would all look
 * eligible; a listing then ends in an exception rather than in such a page.
 */
final class SuppressionPages {

    static final String MATCHES = """
            SELECT contact_id, e164, sources, reasons
            FROM suppression_match
            WHERE list_id = :listId AND contact_id > :after AND run_id = :runId
            ORDER BY contact_id
            LIMIT :limit""";

    /**
     * The list's staged rows in contact id order from the cursor on, each with what the eligible rule needs of it:
     * whether its number was parsed and whether it is of the region. A plain range scan of the list's index, so a
     * page costs about its own size whatever the list's; {@link #MATCHED_BETWEEN} brings the page's matches, and
     * {@link #eligible} applies the rule of the totals' eligible count (SuppressionListMatch.STORE_TOTALS).
     */
    static final String ELIGIBILITY_ROWS = """
            SELECT c.contact_id,
                   c.e164 IS NOT NULL AS parseable,
                   (CAST(:region AS text) IS NULL OR lower(c.region) = lower(CAST(:region AS text))) AS in_region
            FROM suppression_contact c
            WHERE c.run_id = :runId AND c.list_id = :listId AND c.contact_id > :after
            ORDER BY c.contact_id
            LIMIT :limit""";

    /** The list's matched contacts in a range of ids: a range scan of its primary key, a few rows a page. */
    static final String MATCHED_BETWEEN = """
            SELECT contact_id FROM suppression_match
            WHERE list_id = :listId AND contact_id > :after AND contact_id <= :last AND run_id = :runId""";

    /** One staged row of a contact, with what the eligible rule needs. */
    record EligibilityRow(String contactId, boolean parseable, boolean inRegion) {
    }

    static final RowMapper<EligibilityRow> ELIGIBILITY_ROW = (rs, rowNum) -> new EligibilityRow(rs.getString("contact_id"),
            rs.getBoolean("parseable"), rs.getBoolean("in_region"));

    /**
     * The eligible contacts among a page of rows: every row of the contact parseable, one of the region, not matched.
     * A full page may have cut the last contact's rows in two, so that contact waits for the next page, which starts
     * after the one before it; a contact is judged on part of its rows only when they alone fill a page (more rows
     * than a page holds for one contact: CXone serving it a thousand times).
     */
    static Page<String> eligible(List<EligibilityRow> rows, Set<String> matchedIds, int limit) {
        boolean full = rows.size() == limit;
        String cutOff = full ? rows.get(rows.size() - 1).contactId() : null;
        if (full && rows.get(0).contactId().equals(cutOff)) {
            cutOff = null; // one contact fills the page: judged on what there is rather than never
        }
        List<String> eligible = new ArrayList<>();
        String last = null;
        String current = null;
        boolean parseable = true;
        boolean inRegion = false;
        for (EligibilityRow row : rows) {
            if (row.contactId().equals(cutOff)) {
                break;
            }
            if (!row.contactId().equals(current)) {
                if (current != null && parseable && inRegion && !matchedIds.contains(current)) {
                    eligible.add(current);
                }
                current = row.contactId();
                parseable = true;
                inRegion = false;
            }
            parseable &= row.parseable();
            inRegion |= row.inRegion();
            last = current;
        }
        if (current != null && parseable && inRegion && !matchedIds.contains(current)) {
            eligible.add(current);
        }
        return new Page<>(eligible, full && last != null ? new PageCursor(last) : null);
    }

    static final String RESULT_RUN = "SELECT run_id FROM suppression_list_result WHERE list_id = :listId";

    static final RowMapper<MatchedContact> MATCHED_CONTACT = (rs, rowNum) -> new MatchedContact(
            rs.getString("contact_id"), rs.getString("e164"), texts(rs, "sources"), texts(rs, "reasons"));

    private static final String BEFORE_FIRST_ID = "";

    private SuppressionPages() {
    }

    static String afterId(@Nullable PageCursor cursor) {
        return cursor == null ? BEFORE_FIRST_ID : cursor.value();
    }

    /** A page and the cursor after it: none when it holds fewer items than asked for, since then no item follows. */
    static <T> Page<T> page(List<T> items, int limit, Function<T, String> contactId) {
        if (items.size() < limit) {
            return Page.last(items);
        }
        return new Page<>(items, new PageCursor(contactId.apply(items.get(items.size() - 1))));
    }

    static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a list's result is read at least one contact at a time, limit was " + limit);
        }
    }

    /** Why a listing of the run's result of the list cannot go on; {@code resultRun} is whose result is stored. */
    static IllegalStateException notTheRunsResult(long runId, String listId, @Nullable Long resultRun) {
        String stored = resultRun == null ? "it has no stored result" : "its stored result is run " + resultRun + "'s";
        return new IllegalStateException("list " + listId + " has no result of run " + runId + " to list: " + stored
                + ", so which of the run's contacts were suppressed is no longer known");
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
