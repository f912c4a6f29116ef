package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemResult;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;

/** One UPDATE per result, sent as a JDBC batch, each changing the item only while it is PENDING. */
final class ItemSettleBatch implements BatchPreparedStatementSetter {

    // A chunk replayed after a crash must not overwrite what the first attempt recorded.
    static final String SQL = """
            UPDATE staged_item
            SET status = ?, stage = ?, violations = CAST(? AS jsonb), result_ref = ?, changes = CAST(? AS jsonb),
                updated_at = now()
            WHERE run_id = ? AND item_key = ? AND status = 'PENDING'""";

    private final long runId;
    private final List<ItemResult> results;
    private final StagedItemJson json;

    ItemSettleBatch(long runId, List<ItemResult> results, StagedItemJson json) {
        this.runId = runId;
        this.results = results.stream().map(StorableText::storable).toList();
        this.json = json;
    }

    @Override
    public void setValues(PreparedStatement statement, int i) throws SQLException {
        ItemResult result = results.get(i);
        statement.setString(1, result.status().name());
        statement.setString(2, result.stage());
        statement.setString(3, json.writeViolations(result.violations()));
        statement.setString(4, result.resultRef());
        statement.setString(5, json.writeChanges(result.changes()));
        statement.setLong(6, runId);
        statement.setLong(7, result.key());
    }

    @Override
    public int getBatchSize() {
        return results.size();
    }
}
