package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.StagedItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** Maps a {@code staged_item} row, selected with {@link #COLUMNS}, to a staged item. */
final class StagedItemRowMapper implements RowMapper<StagedItem> {

    static final String COLUMNS = """
            run_id, item_key, ref, fields::text AS fields, status, stage, violations::text AS violations,
            result_ref, changes::text AS changes""";

    private final StagedItemJson json;

    StagedItemRowMapper(StagedItemJson json) {
        this.json = json;
    }

    @Override
    public StagedItem mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new StagedItem(
                rs.getLong("run_id"),
                rs.getLong("item_key"),
                rs.getString("ref"),
                json.readFields(rs.getString("fields")),
                ItemStatus.valueOf(rs.getString("status")),
                rs.getString("stage"),
                json.readViolations(rs.getString("violations")),
                rs.getString("result_ref"),
                json.readChanges(rs.getString("changes")));
    }
}
