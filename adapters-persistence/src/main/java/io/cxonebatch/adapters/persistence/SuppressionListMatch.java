package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.suppression.ListTotals;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements that replace a list's stored result with a run's, run in this order in one transaction: wait for
 * any other transaction replacing the same list, forget the list's matches, insert the run's, and store the totals.
 *
 * <p>The turn is a transaction-scoped advisory lock on the list: two runs checking one list at once would otherwise
 * each delete the matches they can see and then insert theirs next to the other's. Waiting in READ COMMITTED, the
 * second one's statements see the first one's committed result and replace it.
 *
 * <p>The matches are inserted with hash joins only. The staging tables are matched moments after their COPY, before
 * autovacuum has analyzed them, and without statistics PostgreSQL takes a list for a couple of contacts and a run for
 * a few hundred entries, and plans a nested loop that compares every contact with every entry: 40 billion comparisons
 * for 200,000 of each. A hash join reads each side once, whatever the statistics say. The planner settings are
 * changed for that one statement and put back after it, so that the rest of the caller's transaction is planned as
 * before. ANALYZE in the transaction would fix the estimates instead, but it needs the tables' owner, and it holds a
 * lock that makes the lists of a run, matched in parallel, wait for each other until they commit.
 */
final class SuppressionListMatch {

    static final String TAKE_TURN = """
            SELECT pg_advisory_xact_lock(hashtextextended('cxone-batch.suppression_list_result:' || :listId, 0))""";

    static final String STORED_RUN = "SELECT run_id FROM suppression_list_result WHERE list_id = :listId";

    static final String FORGET_MATCHES = "DELETE FROM suppression_match WHERE list_id = :listId";

    static final String JOIN_SETTINGS = """
            SELECT current_setting('enable_nestloop') AS nestloop, current_setting('enable_mergejoin') AS mergejoin""";

    static final String SET_JOINS = """
            SELECT set_config('enable_nestloop', :nestloop, true), set_config('enable_mergejoin', :mergejoin, true)""";

    /**
     * Each contact of the list matched by at least one entry of the run, once however many entries match it (a
     * number listed twice, or by two sources) and however many times CXone served it. An entry without a number
     * never matches: the join's equality is never true for a null. The plan is a hash join on e164: the list's
     * contacts (read through suppression_contact_list_idx once the run holds many lists) hashed, and the run's entries
     * scanned once against them.
     */
    static final String INSERT_MATCHES = """
            INSERT INTO suppression_match (run_id, list_id, contact_id, e164, sources, reasons)
            SELECT c.run_id, c.list_id, c.contact_id,
                   min(c.e164),
                   array_agg(DISTINCT e.source ORDER BY e.source),
                   coalesce(array_agg(DISTINCT e.reason ORDER BY e.reason) FILTER (WHERE e.reason IS NOT NULL), '{}')
            FROM suppression_contact c
            JOIN suppression_entry e ON e.run_id = c.run_id AND e.e164 = c.e164
            WHERE c.run_id = :runId AND c.list_id = :listId
            GROUP BY c.run_id, c.list_id, c.contact_id""";

    /**
     * Counts the list's distinct contacts of the run against the matches just inserted. A contact staged twice
     * counts as parseable only when every one of its rows has a number (one number that cannot be parsed is one
     * nobody can prove unsuppressed), and as dialable when it is parseable and a row is of the region, compared
     * ignoring case; the eligible listing (SuppressionPages) applies the same rules.
     */
    static final String STORE_TOTALS = """
            INSERT INTO suppression_list_result AS result (list_id, run_id, region, contacts_read, unparseable,
                                                           suppressed, eligible, checked_at)
            SELECT :listId, :runId, CAST(:region AS text),
                   count(*),
                   count(*) FILTER (WHERE NOT contact.parseable),
                   count(m.contact_id),
                   count(*) FILTER (WHERE contact.dialable AND m.contact_id IS NULL),
                   now()
            FROM (SELECT c.contact_id,
                         bool_and(c.e164 IS NOT NULL) AS parseable,
                         bool_and(c.e164 IS NOT NULL)
                             AND bool_or(CAST(:region AS text) IS NULL OR lower(c.region) = lower(CAST(:region AS text)))
                             AS dialable
                  FROM suppression_contact c
                  WHERE c.run_id = :runId AND c.list_id = :listId
                  GROUP BY c.contact_id) contact
            LEFT JOIN suppression_match m ON m.list_id = :listId AND m.contact_id = contact.contact_id
            ON CONFLICT (list_id) DO UPDATE
            SET run_id = EXCLUDED.run_id,
                region = EXCLUDED.region,
                contacts_read = EXCLUDED.contacts_read,
                unparseable = EXCLUDED.unparseable,
                suppressed = EXCLUDED.suppressed,
                eligible = EXCLUDED.eligible,
                checked_at = EXCLUDED.checked_at
            RETURNING contacts_read, unparseable, suppressed, eligible""";

    private final JdbcClient jdbc;

    SuppressionListMatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the statements; the caller holds the transaction they share. */
    ListTotals replaceResult(long runId, String listId, @Nullable String region) {
        jdbc.sql(TAKE_TURN).param("listId", listId).query(rs -> {
        });
        // Run ids are job instance ids, which only grow: an older run restarted late must not undo a newer result.
        Long stored = jdbc.sql(STORED_RUN).param("listId", listId).query(Long.class).optional().orElse(null);
        if (stored != null && stored > runId) {
            throw new IllegalStateException("list " + listId + " already holds the result of run " + stored
                    + ", newer than run " + runId + "; this run does not replace it: start a new run instead of restarting this one");
        }
        jdbc.sql(FORGET_MATCHES).param("listId", listId).update();
        withHashJoinsOnly(() -> jdbc.sql(INSERT_MATCHES).param("runId", runId).param("listId", listId).update());
        return jdbc.sql(STORE_TOTALS)
                .param("runId", runId)
                .param("listId", listId)
                .param("region", region)
                .query((rs, rowNum) -> new ListTotals(listId, rs.getLong("contacts_read"), rs.getLong("unparseable"),
                        rs.getLong("suppressed"), rs.getLong("eligible")))
                .single();
    }

    /** What the statement returns, planned without nested loops or merge joins; needs the caller's transaction. */
    <T> T withHashJoinsOnly(Supplier<T> statement) {
        Map<String, Object> before = jdbc.sql(JOIN_SETTINGS).query().singleRow();
        setJoins("off", "off");
        T result = statement.get();
        setJoins((String) before.get("nestloop"), (String) before.get("mergejoin"));
        return result;
    }

    private void setJoins(String nestloop, String mergejoin) {
        jdbc.sql(SET_JOINS).param("nestloop", nestloop).param("mergejoin", mergejoin).query(rs -> {
        });
    }
}
