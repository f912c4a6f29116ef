package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.plan.NewPlanRow;
import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowCounts;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import java.util.EnumMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staged rows of campaign plans, in {@code plan_row}. Every method joins the caller's transaction on the
 * same data source when there is one. Without one, {@link #stageRows} and {@link #settle} each run in a
 * transaction of their own, and {@link #forEachRow} reads each page in a statement of its own.
 *
 * <p>{@link #stageRows} sends a batch as one INSERT however many rows it has ({@link PlanRowInsert}).
 * {@link #forEachRow} reads {@value #PAGE_SIZE} rows at a time by line (keyset pagination): no cursor and no
 * transaction stays open while the consumer works, and the consumer may write to the rows it is handed.
 */
public class PlanRowPersistenceAdapter implements StagePlanRowsPort {

    static final int PAGE_SIZE = 1000;

    private static final String SELECT = "SELECT " + PlanRowRowMapper.COLUMNS + " FROM plan_row";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbcClient;
    private final TransactionTemplate transaction;
    private final PlanRowJson json;
    private final PlanRowRowMapper rowMapper;
    private final PlanRowInsert insert;

    public PlanRowPersistenceAdapter(DataSource dataSource) {
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.jdbcClient = JdbcClient.create(jdbcTemplate);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.json = new PlanRowJson(JsonMapper.shared());
        this.rowMapper = new PlanRowRowMapper(json);
        this.insert = new PlanRowInsert(json);
    }

    @Override
    public void clearRun(long runId) {
        jdbcClient.sql("DELETE FROM plan_row WHERE run_id = :runId").param("runId", runId).update();
    }

    /**
     * Stages the rows all or none: a row without violations as PENDING, one with violations as REJECTED at
     * {@link PlanRowStage#VALIDATION}.
     *
     * @throws PlanRowAlreadyStagedException when a line is in the batch twice or already staged for the run
     * @throws IllegalArgumentException when a value holds a NUL character, which PostgreSQL cannot store
     */
    @Override
    public void stageRows(long runId, List<NewPlanRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PlanRowInsert.check(runId, rows);
        try {
            jdbcTemplate.update(PlanRowInsert.SQL, statement -> insert.bind(statement, runId, rows));
        } catch (DuplicateKeyException e) {
            LongSummaryStatistics lines = rows.stream().mapToLong(NewPlanRow::line).summaryStatistics();
            throw new PlanRowAlreadyStagedException(runId, "run " + runId + " already has a line between "
                    + lines.getMin() + " and " + lines.getMax() + " staged; nothing of the batch was staged: "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }

    /** An empty list of statuses means every status. */
    @Override
    public void forEachRow(long runId, List<PlanRowStatus> statuses, Consumer<PlanRow> consumer) {
        String sql = SELECT + " WHERE run_id = :runId AND line > :afterLine"
                + (statuses.isEmpty() ? "" : " AND status IN (:statuses)")
                + " ORDER BY line LIMIT :limit";
        List<String> statusNames = statuses.stream().map(PlanRowStatus::name).toList();
        long afterLine = 0;
        List<PlanRow> page;
        do {
            JdbcClient.StatementSpec query = jdbcClient.sql(sql)
                    .param("runId", runId)
                    .param("afterLine", afterLine)
                    .param("limit", PAGE_SIZE);
            if (!statuses.isEmpty()) {
                query = query.param("statuses", statusNames);
            }
            page = query.query(rowMapper).list();
            page.forEach(consumer);
            if (!page.isEmpty()) {
                afterLine = page.get(page.size() - 1).line();
            }
        } while (page.size() == PAGE_SIZE);
    }

    @Override
    public List<PlanRow> pendingRows(long runId, long afterLine, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("pending rows are read at least one at a time, limit was " + limit);
        }
        // The same predicate as the partial index plan_row_pending_idx, so that it can be used.
        return jdbcClient.sql(SELECT + " WHERE run_id = :runId AND status = 'PENDING' AND line > :afterLine"
                        + " ORDER BY line LIMIT :limit")
                .param("runId", runId)
                .param("afterLine", afterLine)
                .param("limit", limit)
                .query(rowMapper)
                .list();
    }

    /**
     * All or none; a result for a line the run does not have changes nothing.
     *
     * @throws IllegalArgumentException when a value holds a NUL character, which PostgreSQL cannot store
     */
    @Override
    public int settle(long runId, List<PlanRowResult> results) {
        if (results.isEmpty()) {
            return 0;
        }
        PlanRowSettleBatch batch = new PlanRowSettleBatch(runId, results, json);
        int @Nullable [] updated = transaction.execute(status -> jdbcTemplate.batchUpdate(PlanRowSettleBatch.SQL, batch));
        if (updated == null) {
            throw new IllegalStateException("settling " + results.size() + " plan rows of run " + runId + " returned no counts");
        }
        int changed = 0;
        for (int count : updated) {
            if (count < 0) {
                throw new IllegalStateException("the driver did not report how many plan rows of run " + runId
                        + " a settle changed (update count " + count + ")");
            }
            changed += count;
        }
        return changed;
    }

    @Override
    public PlanRowCounts count(long runId) {
        Map<PlanRowStatus, Long> byStatus = new EnumMap<>(PlanRowStatus.class);
        jdbcClient.sql("SELECT status, count(*) AS total FROM plan_row WHERE run_id = :runId GROUP BY status")
                .param("runId", runId)
                .query(rs -> {
                    byStatus.put(PlanRowStatus.valueOf(rs.getString("status")), rs.getLong("total"));
                });
        return new PlanRowCounts(byStatus);
    }
}
