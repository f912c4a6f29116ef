package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.outbox.Notification;
import io.cxonebatch.application.port.out.outbox.NotificationStatus;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** Maps an {@code outbox_message} row, selected or returned with {@link #COLUMNS}, to a notification. */
final class NotificationRowMapper implements RowMapper<Notification> {

    static final String COLUMNS = """
            id, topic, destination, payload::text AS payload, job_execution_id, ref, status, attempts, created_at,
            settled_at, last_error""";

    @Override
    public Notification mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Notification(
                rs.getLong("id"),
                rs.getString("topic"),
                URI.create(rs.getString("destination")),
                rs.getString("payload"),
                rs.getObject("job_execution_id", Long.class),
                rs.getString("ref"),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Timestamps.instant(rs, "created_at"),
                Timestamps.instantOrNull(rs, "settled_at"),
                rs.getString("last_error"));
    }
}
