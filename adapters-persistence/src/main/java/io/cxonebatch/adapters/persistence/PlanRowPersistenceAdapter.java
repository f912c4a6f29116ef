package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.plan.NewPlanRow;
import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowCounts;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staged rows of campaign plans, in {@code plan_row}. Every method joins the caller's transaction on the
 * same data source when there is one; without one, each call is a transaction of its own.
 *
 * <p>{@link #stageRows} sends the whole batch as one INSERT over arrays, one element per row, so that the
 * number of round trips and statements does not grow with the rows and no driver setting is needed.
 * {@link #forEachRow} reads a page of {@value #PAGE_SIZE} rows at a time by line (keyset pagination): no
 * cursor and no transaction stays open while the consumer works, and the consumer may write to the same rows.
 */
public class PlanRowPersistenceAdapter implements StagePlanRowsPort {

    static final int PAGE_SIZE = 1000;

    private static final String INSERT = """
            INSERT INTO plan_row (run_id, line, external_key, cells, status, stage, violations)
            SELECT ?, staged.line, staged.external_key, CAST(staged.cells AS jsonb), staged.status, staged.stage,
                   CAST(staged.violations AS jsonb)
            FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS text[]))
                AS staged (line, external_key, cells, status, stage, violations)""";

    // Only a PENDING row changes: a chunk replayed after a crash must not overwrite the first attempt's result.
    private static final String SETTLE = """
            UPDATE plan_row
            SET status = ?, stage = ?, violations = CAST(? AS jsonb), campaign_id = ?, changes = CAST(? AS jsonb),
                updated_at = now()
            WHERE run_id = ? AND line = ? AND status = 'PENDING'""";

    private static final String SELECT = "SELECT " + PlanRowRowMapper.COLUMNS + " FROM plan_row";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbcClient;
    private final TransactionTemplate transaction;
    private final PlanRowJson json;
    private final PlanRowRowMapper rowMapper;

    public PlanRowPersistenceAdapter(DataSource dataSource) {
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.jdbcClient = JdbcClient.create(jdbcTemplate);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.json = new PlanRowJson(JsonMapper.shared());
        this.rowMapper = new PlanRowRowMapper(json);
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
     */
    @Override
    public void stageRows(long runId, List<NewPlanRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        refuseLinesStagedTwice(runId, rows);
        try {
            jdbcTemplate.update(INSERT, statement -> bindRows(statement, runId, rows));
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

    /** All or none; a result for a line the run does not have changes nothing. */
    @Override
    public int settle(long runId, List<PlanRowResult> results) {
        if (results.isEmpty()) {
            return 0;
        }
        int @Nullable [] updated = transaction.execute(status -> jdbcTemplate.batchUpdate(SETTLE, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                bindResult(statement, runId, results.get(i));
            }

            @Override
            public int getBatchSize() {
                return results.size();
            }
        }));
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

    private static void refuseLinesStagedTwice(long runId, List<NewPlanRow> rows) {
        Set<Long> lines = new HashSet<>();
        for (NewPlanRow row : rows) {
            if (!lines.add(row.line())) {
                throw new PlanRowAlreadyStagedException(runId,
                        "line " + row.line() + " of run " + runId + " is in the batch twice; nothing was staged");
            }
        }
    }

    private void bindRows(PreparedStatement statement, long runId, List<NewPlanRow> rows) throws SQLException {
        int size = rows.size();
        Long[] lines = new Long[size];
        String[] externalKeys = new String[size];
        String[] cells = new String[size];
        String[] statuses = new String[size];
        String[] stages = new String[size];
        String[] violations = new String[size];
        for (int i = 0; i < size; i++) {
            NewPlanRow row = rows.get(i);
            lines[i] = row.line();
            externalKeys[i] = row.externalKey();
            cells[i] = json.writeCells(row.cells());
            statuses[i] = (row.isValid() ? PlanRowStatus.PENDING : PlanRowStatus.REJECTED).name();
            stages[i] = row.isValid() ? null : PlanRowStage.VALIDATION.name();
            violations[i] = json.writeViolations(row.violations());
        }
        Connection connection = statement.getConnection();
        statement.setLong(1, runId);
        statement.setArray(2, connection.createArrayOf("bigint", lines));
        statement.setArray(3, connection.createArrayOf("text", externalKeys));
        statement.setArray(4, connection.createArrayOf("text", cells));
        statement.setArray(5, connection.createArrayOf("text", statuses));
        statement.setArray(6, connection.createArrayOf("text", stages));
        statement.setArray(7, connection.createArrayOf("text", violations));
    }

    private void bindResult(PreparedStatement statement, long runId, PlanRowResult result) throws SQLException {
        statement.setString(1, result.status().name());
        statement.setString(2, result.stage() == null ? null : result.stage().name());
        statement.setString(3, json.writeViolations(result.violations()));
        statement.setString(4, result.campaignId());
        statement.setString(5, json.writeChanges(result.changes()));
        statement.setLong(6, runId);
        statement.setLong(7, result.line());
    }
}
