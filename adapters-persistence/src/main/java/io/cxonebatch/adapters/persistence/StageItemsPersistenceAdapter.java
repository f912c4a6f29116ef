package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemCounts;
import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staged items of every job, in {@code staged_item}. Every method joins the caller's transaction on the same
 * data source when there is one, so that a step which stages a whole input in one transaction leaves nothing
 * behind when it rolls back. Without one, {@link #stage} and {@link #settle} each run in a transaction of their
 * own, all or none, and {@link #page} reads in a statement of its own.
 *
 * <p>{@link #stage} bulk-loads a batch with one COPY ({@link StagedItemCopy}); {@link #page} lists by key
 * ({@link StagedItemPages}), {@link #refs} and {@link #itemsOf} by ref ({@link StagedItemGroups}); {@link #settle}
 * sends one batch of updates that change only PENDING items.
 */
public class StageItemsPersistenceAdapter implements StageItemsPort {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbcClient;
    private final TransactionTemplate transaction;
    private final StagedItemJson json;
    private final StagedItemRowMapper rowMapper;
    private final StagedItemCopy copy;

    public StageItemsPersistenceAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.jdbcClient = JdbcClient.create(jdbcTemplate);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.json = new StagedItemJson(JsonMapper.shared());
        this.rowMapper = new StagedItemRowMapper(json);
        this.copy = new StagedItemCopy(json);
    }

    @Override
    public void clearRun(long runId) {
        jdbcClient.sql("DELETE FROM staged_item WHERE run_id = :runId").param("runId", runId).update();
    }

    /**
     * Stages the items all or none: an item without violations as PENDING, one with violations as REJECTED at the
     * step it names.
     *
     * @throws ItemAlreadyStagedException when a key is in the batch twice or already staged for the run
     * @throws IllegalArgumentException when the job name is blank or a value holds a NUL character, which
     *         PostgreSQL cannot store
     * @throws IllegalStateException when the data source does not hand out pgJDBC connections, which COPY needs
     */
    @Override
    public void stage(String jobName, long runId, List<NewItem> items) {
        if (jobName.isBlank()) {
            throw new IllegalArgumentException("items of run " + runId + " are staged for a job, and the job name was blank");
        }
        if (items.isEmpty()) {
            return;
        }
        // Before the transaction, so that a batch refused here does not mark the caller's transaction rollback-only.
        StagedItemCopy.check(runId, items);
        transaction.executeWithoutResult(status -> copyIn(jobName, runId, items));
    }

    private void copyIn(String jobName, long runId, List<NewItem> items) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copy.copy(TextCopy.copyManager(connection, "staging items"), jobName, runId, items);
        } catch (SQLException e) {
            throw translate(runId, items, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private RuntimeException translate(long runId, List<NewItem> items, SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return ItemAlreadyStagedException.alreadyInDatabase(runId, items, e);
        }
        String task = "staging " + items.size() + " items of run " + runId;
        DataAccessException translated = jdbcTemplate.getExceptionTranslator().translate(task, StagedItemCopy.SQL, e);
        return translated != null ? translated : new UncategorizedSQLException(task, StagedItemCopy.SQL, e);
    }

    /** An empty set of statuses means every status. */
    @Override
    public Page<StagedItem> page(long runId, Set<ItemStatus> statuses, @Nullable PageCursor after, int limit) {
        checkLimit(limit);
        List<StagedItem> items = jdbcClient.sql(StagedItemPages.sql(statuses))
                .param("runId", runId)
                .param("afterKey", StagedItemPages.afterKey(after))
                .param("limit", limit)
                .query(rowMapper)
                .list();
        return new Page<>(items, StagedItemPages.next(items, limit));
    }

    /**
     * All or none; a result for a key the run does not have changes nothing, and of two results for one key in a
     * batch the first is kept.
     *
     * @throws IllegalArgumentException when a value holds a NUL character, which PostgreSQL cannot store
     */
    @Override
    public int settle(long runId, List<ItemResult> results) {
        if (results.isEmpty()) {
            return 0;
        }
        ItemSettleBatch batch = new ItemSettleBatch(runId, results, json);
        int @Nullable [] updated = transaction.execute(status -> jdbcTemplate.batchUpdate(ItemSettleBatch.SQL, batch));
        if (updated == null) {
            throw new IllegalStateException("settling " + results.size() + " items of run " + runId + " returned no counts");
        }
        int changed = 0;
        for (int count : updated) {
            if (count < 0) {
                throw new IllegalStateException("the driver did not report how many items of run " + runId
                        + " a settle changed (update count " + count + ")");
            }
            changed += count;
        }
        return changed;
    }

    /** Refs are in byte order ({@link StagedItemGroups}); {@code after} need not be a ref the run has. */
    @Override
    public List<String> refs(long runId, Set<ItemStatus> statuses, @Nullable String after, int limit) {
        checkLimit(limit);
        JdbcClient.StatementSpec refs = jdbcClient.sql(StagedItemGroups.refsSql(statuses, after == null))
                .param("runId", runId)
                .param("limit", limit);
        if (after != null) {
            refs = refs.param("after", after);
        }
        return refs.query((rs, rowNum) -> rs.getString("ref")).list();
    }

    /** An empty set of statuses means every status. */
    @Override
    public List<StagedItem> itemsOf(long runId, String ref, Set<ItemStatus> statuses, int limit) {
        checkLimit(limit);
        return jdbcClient.sql(StagedItemGroups.itemsSql(statuses))
                .param("runId", runId)
                .param("ref", ref)
                .param("limit", limit)
                .query(rowMapper)
                .list();
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("staged items are read at least one at a time, limit was " + limit);
        }
    }

    @Override
    public ItemCounts count(long runId) {
        Map<ItemStatus, Long> byStatus = new EnumMap<>(ItemStatus.class);
        jdbcClient.sql("SELECT status, count(*) AS total FROM staged_item WHERE run_id = :runId GROUP BY status")
                .param("runId", runId)
                .query(rs -> {
                    byStatus.put(ItemStatus.valueOf(rs.getString("status")), rs.getLong("total"));
                });
        return new ItemCounts(byStatus);
    }
}
