package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.plan.NewPlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one INSERT that stages a batch of plan rows: each column travels as an array with one element per row
 * and {@code unnest} turns the arrays back into rows, so that a batch costs one statement and one round trip
 * whatever its size, without relying on a driver setting such as {@code reWriteBatchedInserts}.
 */
final class PlanRowInsert {

    static final String SQL = """
            INSERT INTO plan_row (run_id, line, external_key, cells, status, stage, violations)
            SELECT ?, staged.line, staged.external_key, CAST(staged.cells AS jsonb), staged.status, staged.stage,
                   CAST(staged.violations AS jsonb)
            FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS text[]))
                AS staged (line, external_key, cells, status, stage, violations)""";

    private final PlanRowJson json;

    PlanRowInsert(PlanRowJson json) {
        this.json = json;
    }

    /**
     * @throws PlanRowAlreadyStagedException when a line is in the batch twice
     * @throws IllegalArgumentException when a value holds a NUL character
     */
    static void check(long runId, List<NewPlanRow> rows) {
        Set<Long> lines = new HashSet<>();
        for (NewPlanRow row : rows) {
            if (!lines.add(row.line())) {
                throw new PlanRowAlreadyStagedException(runId,
                        "line " + row.line() + " of run " + runId + " is in the batch twice; nothing was staged");
            }
            StorableText.checkRow(runId, row.line(), row.externalKey(), row.cells(), row.violations());
        }
    }

    /** Binds the rows, each PENDING when it has no violations, else REJECTED at {@link PlanRowStage#VALIDATION}. */
    void bind(PreparedStatement statement, long runId, List<NewPlanRow> rows) throws SQLException {
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
}
