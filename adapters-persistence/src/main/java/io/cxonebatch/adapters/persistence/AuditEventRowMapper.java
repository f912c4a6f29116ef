package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.audit.StoredAuditEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** Maps an {@code audit_event} row to a stored audit event. */
final class AuditEventRowMapper implements RowMapper<StoredAuditEvent> {

    private final AuditDetailsJson detailsJson;

    AuditEventRowMapper(AuditDetailsJson detailsJson) {
        this.detailsJson = detailsJson;
    }

    @Override
    public StoredAuditEvent mapRow(ResultSet rs, int rowNum) throws SQLException {
        AuditEvent event = new AuditEvent(
                Timestamps.instant(rs, "occurred_at"),
                rs.getObject("job_execution_id", Long.class),
                rs.getString("job_name"),
                rs.getString("action"),
                rs.getString("campaign_ref"),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("http_status", Integer.class),
                rs.getObject("latency_ms", Long.class),
                detailsJson.read(rs.getString("details")));
        return new StoredAuditEvent(rs.getLong("id"), event, rs.getString("hash"));
    }
}
