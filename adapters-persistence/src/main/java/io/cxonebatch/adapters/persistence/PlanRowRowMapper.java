package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** Maps a {@code plan_row} row, selected with {@link #COLUMNS}, to a staged plan row. */
final class PlanRowRowMapper implements RowMapper<PlanRow> {

    static final String COLUMNS = """
            run_id, line, external_key, cells::text AS cells, status, stage, violations::text AS violations,
            campaign_id, changes::text AS changes""";

    private final PlanRowJson json;

    PlanRowRowMapper(PlanRowJson json) {
        this.json = json;
    }

    @Override
    public PlanRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        String stage = rs.getString("stage");
        return new PlanRow(
                rs.getLong("run_id"),
                rs.getLong("line"),
                rs.getString("external_key"),
                json.readCells(rs.getString("cells")),
                PlanRowStatus.valueOf(rs.getString("status")),
                stage == null ? null : PlanRowStage.valueOf(stage),
                json.readViolations(rs.getString("violations")),
                rs.getString("campaign_id"),
                json.readChanges(rs.getString("changes")));
    }
}
