package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.plan.PlanRowResult;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;

/** One UPDATE per result, sent as a JDBC batch, each changing the row only while it is PENDING. */
final class PlanRowSettleBatch implements BatchPreparedStatementSetter {

    // A chunk replayed after a crash must not overwrite what the first attempt recorded.
    static final String SQL = """
            UPDATE plan_row
            SET status = ?, stage = ?, violations = CAST(? AS jsonb), campaign_id = ?, changes = CAST(? AS jsonb),
                updated_at = now()
            WHERE run_id = ? AND line = ? AND status = 'PENDING'""";

    private final long runId;
    private final List<PlanRowResult> results;
    private final PlanRowJson json;

    /** @throws IllegalArgumentException when a value holds a NUL character */
    PlanRowSettleBatch(long runId, List<PlanRowResult> results, PlanRowJson json) {
        for (PlanRowResult result : results) {
            StorableText.checkResult(runId, result.line(), result.violations(), result.campaignId(), result.changes());
        }
        this.runId = runId;
        this.results = List.copyOf(results);
        this.json = json;
    }

    @Override
    public void setValues(PreparedStatement statement, int i) throws SQLException {
        PlanRowResult result = results.get(i);
        statement.setString(1, result.status().name());
        statement.setString(2, result.stage() == null ? null : result.stage().name());
        statement.setString(3, json.writeViolations(result.violations()));
        statement.setString(4, result.campaignId());
        statement.setString(5, json.writeChanges(result.changes()));
        statement.setLong(6, runId);
        statement.setLong(7, result.line());
    }

    @Override
    public int getBatchSize() {
        return results.size();
    }
}
