package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** Maps a {@code webhook_registration} row, selected with {@link #COLUMNS}, to a registered webhook. */
final class RegisteredWebhookRowMapper implements RowMapper<RegisteredWebhook> {

    static final String COLUMNS = "name, event_filter, uri, registered_at, job_execution_id, state";

    @Override
    public RegisteredWebhook mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new RegisteredWebhook(
                rs.getString("name"),
                rs.getString("event_filter"),
                rs.getString("uri"),
                Timestamps.instant(rs, "registered_at"),
                rs.getObject("job_execution_id", Long.class),
                WebhookState.valueOf(rs.getString("state")));
    }
}
