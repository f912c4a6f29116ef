package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookRegistryPort;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The webhooks this project registered, in {@code webhook_registration}. The table's unique event filter and
 * URI decide between nodes recording the same webhook at once: the first insert wins. Writes join the
 * caller's transaction on the same data source when there is one.
 */
public class WebhookRegistryPersistenceAdapter implements WebhookRegistryPort {

    private final JdbcClient jdbcClient;
    private final RegisteredWebhookRowMapper rowMapper = new RegisteredWebhookRowMapper();

    public WebhookRegistryPersistenceAdapter(DataSource dataSource) {
        this.jdbcClient = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<RegisteredWebhook> findRegistered(String eventFilter, String uri) {
        return jdbcClient.sql("SELECT " + RegisteredWebhookRowMapper.COLUMNS
                        + " FROM webhook_registration WHERE event_filter = :eventFilter AND uri = :uri")
                .param("eventFilter", eventFilter)
                .param("uri", uri)
                .query(rowMapper)
                .optional();
    }

    /** The registration time is stored to the microsecond, as PostgreSQL keeps it. */
    @Override
    public boolean recordRegistered(RegisteredWebhook webhook) {
        int inserted = jdbcClient.sql("""
                        INSERT INTO webhook_registration (name, event_filter, uri, registered_at, job_execution_id)
                        VALUES (:name, :eventFilter, :uri, :registeredAt, :jobExecutionId)
                        ON CONFLICT (event_filter, uri) DO NOTHING""")
                .param("name", webhook.name())
                .param("eventFilter", webhook.eventFilter())
                .param("uri", webhook.uri())
                .param("registeredAt", Timestamps.toDatabase(webhook.registeredAt().truncatedTo(ChronoUnit.MICROS)))
                .param("jobExecutionId", webhook.jobExecutionId())
                .update();
        return inserted == 1;
    }
}
