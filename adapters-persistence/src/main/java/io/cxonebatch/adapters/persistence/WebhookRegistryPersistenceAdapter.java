package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookRegistryPort;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
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
    public boolean recordIntent(RegisteredWebhook intent) {
        int inserted = jdbcClient.sql("""
                        INSERT INTO webhook_registration (name, event_filter, uri, registered_at, job_execution_id, state)
                        VALUES (:name, :eventFilter, :uri, :registeredAt, :jobExecutionId, :state)
                        ON CONFLICT (event_filter, uri) DO NOTHING""")
                .param("name", intent.name())
                .param("eventFilter", intent.eventFilter())
                .param("uri", intent.uri())
                .param("registeredAt", Timestamps.toDatabase(intent.registeredAt().truncatedTo(ChronoUnit.MICROS)))
                .param("jobExecutionId", intent.jobExecutionId())
                .param("state", intent.state().name())
                .update();
        return inserted == 1;
    }

    @Override
    public void settle(String eventFilter, String uri, WebhookState state) {
        if (state == WebhookState.INTENDED) {
            throw new IllegalArgumentException("a webhook registration settles as REGISTERED or UNCONFIRMED, not INTENDED");
        }
        jdbcClient.sql("UPDATE webhook_registration SET state = :state WHERE event_filter = :eventFilter AND uri = :uri AND state = 'INTENDED'")
                .param("state", state.name())
                .param("eventFilter", eventFilter)
                .param("uri", uri)
                .update();
    }

    @Override
    public void forgetIntent(String eventFilter, String uri) {
        jdbcClient.sql("DELETE FROM webhook_registration WHERE event_filter = :eventFilter AND uri = :uri AND state = 'INTENDED'")
                .param("eventFilter", eventFilter)
                .param("uri", uri)
                .update();
    }
}
