package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.suppression.ListTotals;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import io.cxonebatch.application.port.out.suppression.SourceCount;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import io.cxonebatch.application.port.out.suppression.SuppressionResultsPort;
import io.cxonebatch.application.port.out.suppression.SuppressionStagingPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suppression cross-reference's tables: staging ({@code suppression_entry}, {@code suppression_contact}), loaded
 * one COPY per batch ({@link SuppressionCopy}), and each list's result ({@code suppression_match},
 * {@code suppression_list_result}), matched in SQL ({@link SuppressionListMatch}) and listed by contact id
 * ({@link SuppressionPages}).
 *
 * <p>Every method joins the caller's transaction on the same data source when there is one. Without one, a batch
 * staged, a run cleared and a list matched each commit on their own, all or none.
 *
 * <p>The rows hold phone numbers, which go in no exception message: errors are translated by a
 * {@link RedactingExceptionTranslator}, which leaves out what PostgreSQL quotes of a row, and a batch refused before
 * it is sent is refused by its place in the batch.
 */
public class SuppressionPersistenceAdapter implements SuppressionStagingPort, SuppressionResultsPort {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final RedactingExceptionTranslator translator;
    private final TransactionTemplate transaction;
    private final SuppressionListMatch listMatch;

    public SuppressionPersistenceAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
        JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
        this.translator = new RedactingExceptionTranslator(jdbcTemplate.getExceptionTranslator());
        jdbcTemplate.setExceptionTranslator(translator);
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.listMatch = new SuppressionListMatch(jdbc);
    }

    @Override
    public void clearSource(long runId, String source) {
        jdbc.sql("DELETE FROM suppression_entry WHERE run_id = :runId AND source = :source")
                .param("runId", runId).param("source", source).update();
    }

    @Override
    public void clearList(long runId, String listId) {
        jdbc.sql("DELETE FROM suppression_contact WHERE run_id = :runId AND list_id = :listId")
                .param("runId", runId).param("listId", listId).update();
    }

    /** The run's staged entries and contacts; each list's stored result stays, as the latest check of that list. */
    @Override
    public void clearRun(long runId) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM suppression_entry WHERE run_id = :runId").param("runId", runId).update();
            jdbc.sql("DELETE FROM suppression_contact WHERE run_id = :runId").param("runId", runId).update();
        });
    }

    /**
     * @throws IllegalArgumentException when an entry has a blank source or a NUL character, before anything is sent
     * @throws org.springframework.dao.DataIntegrityViolationException when a number is not in E.164
     */
    @Override
    public void stageSuppressions(long runId, List<StagedSuppression> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Before the transaction, so that a batch refused here does not mark the caller's transaction rollback-only.
        SuppressionCopy.checkEntries(runId, entries);
        copyIn("staging " + entries.size() + " suppression entries of run " + runId, SuppressionCopy.ENTRIES_SQL,
                copyManager -> SuppressionCopy.copyEntries(copyManager, runId, entries));
    }

    /**
     * @throws IllegalArgumentException when a contact has a blank list or contact id or a NUL character, before
     *         anything is sent
     * @throws org.springframework.dao.DataIntegrityViolationException when a number is not in E.164
     */
    @Override
    public void stageContacts(long runId, List<StagedContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        SuppressionCopy.checkContacts(runId, contacts);
        copyIn("staging " + contacts.size() + " contacts of run " + runId, SuppressionCopy.CONTACTS_SQL,
                copyManager -> SuppressionCopy.copyContacts(copyManager, runId, contacts));
    }

    @Override
    public List<SourceCount> sourceCounts(long runId) {
        return jdbc.sql("""
                        SELECT source, count(*) AS entries, count(*) FILTER (WHERE e164 IS NULL) AS unparseable
                        FROM suppression_entry
                        WHERE run_id = :runId
                        GROUP BY source
                        ORDER BY source""")
                .param("runId", runId)
                .query((rs, rowNum) -> new SourceCount(rs.getString("source"), rs.getLong("entries"), rs.getLong("unparseable")))
                .list();
    }

    @Override
    public ListTotals matchList(long runId, String listId, @Nullable String region) {
        ListTotals totals = transaction.execute(status -> listMatch.replaceResult(runId, listId, region));
        if (totals == null) {
            throw new IllegalStateException("matching list " + listId + " of run " + runId + " returned no totals");
        }
        return totals;
    }

    /** @throws IllegalStateException when the list's stored result is not the run's */
    @Override
    public Page<MatchedContact> matches(long runId, String listId, @Nullable PageCursor after, int limit) {
        SuppressionPages.checkLimit(limit);
        List<MatchedContact> matches = jdbc.sql(SuppressionPages.MATCHES)
                .param("runId", runId)
                .param("listId", listId)
                .param("after", SuppressionPages.afterId(after))
                .param("limit", limit)
                .query(SuppressionPages.MATCHED_CONTACT)
                .list();
        return checkedPage(runId, listId, matches, limit, MatchedContact::contactId);
    }

    /** @throws IllegalStateException when the list's stored result is not the run's */
    @Override
    public Page<String> eligibleContactIds(long runId, String listId, @Nullable String region, @Nullable PageCursor after,
            int limit) {
        SuppressionPages.checkLimit(limit);
        List<SuppressionPages.EligibilityRow> rows = jdbc.sql(SuppressionPages.ELIGIBILITY_ROWS)
                .param("runId", runId)
                .param("listId", listId)
                .param("region", region)
                .param("after", SuppressionPages.afterId(after))
                .param("limit", limit)
                .query(SuppressionPages.ELIGIBILITY_ROW)
                .list();
        checkResultIsTheRuns(runId, listId);
        if (rows.isEmpty()) {
            return Page.last(List.of());
        }
        java.util.Set<String> matched = new java.util.HashSet<>(jdbc.sql(SuppressionPages.MATCHED_BETWEEN)
                .param("listId", listId)
                .param("runId", runId)
                .param("after", SuppressionPages.afterId(after))
                .param("last", rows.get(rows.size() - 1).contactId())
                .query(String.class)
                .list());
        return SuppressionPages.eligible(rows, matched, limit);
    }

    /** An empty page ends the listing only when the list's stored result is the run's; otherwise nothing is known. */
    private <T> Page<T> checkedPage(long runId, String listId, List<T> items, int limit, Function<T, String> contactId) {
        if (items.isEmpty()) {
            checkResultIsTheRuns(runId, listId);
        }
        return SuppressionPages.page(items, limit, contactId);
    }

    /** The eligible contacts of a list are the run's only while the list's stored result is the run's. */
    private void checkResultIsTheRuns(long runId, String listId) {
        Long resultRun = jdbc.sql(SuppressionPages.RESULT_RUN).param("listId", listId).query(Long.class).optional().orElse(null);
        if (resultRun == null || resultRun != runId) {
            throw SuppressionPages.notTheRunsResult(runId, listId, resultRun);
        }
    }

    private void copyIn(String task, String sql, CopyStatement copy) {
        transaction.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                copy.send(TextCopy.copyManager(connection, "staging suppressions"));
            } catch (SQLException e) {
                throw translator.translate(task, sql, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    @FunctionalInterface
    private interface CopyStatement {
        long send(CopyManager copyManager) throws SQLException;
    }
}
