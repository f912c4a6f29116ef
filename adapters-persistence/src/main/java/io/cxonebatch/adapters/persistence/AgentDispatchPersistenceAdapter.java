package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.assignment.AgentDispatch;
import io.cxonebatch.application.port.out.assignment.AgentDispatchPort;
import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.domain.campaign.CampaignId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agents dispatched to each preview campaign, in {@code agent_dispatch}: a history, one row per accepted
 * dispatch, whose row of highest id is a campaign's latest.
 *
 * <p>{@link #record} writes the dispatch and its notification (into {@code outbox_message}, with the outbox's own
 * insert) in one transaction: the caller's on the same data source when there is one, else one of its own. Either
 * both rows are written or, when one of them is refused, neither is.
 */
public class AgentDispatchPersistenceAdapter implements AgentDispatchPort {

    private static final String INSERT = """
            INSERT INTO agent_dispatch (campaign_id, external_key, roster_fingerprint, requested_agents, sent_agents,
                                        accepted_agents, assignment_id, rebalances, run_id, job_execution_id, dispatched_at)
            VALUES (:campaignId, :externalKey, :rosterFingerprint, CAST(:requestedAgents AS jsonb),
                    CAST(:sentAgents AS jsonb), :acceptedAgents, :assignmentId, :rebalances, :runId, :jobExecutionId,
                    :dispatchedAt)""";

    private final JdbcClient jdbcClient;
    private final TransactionTemplate transaction;
    private final AgentDispatchRowMapper rowMapper = new AgentDispatchRowMapper(JsonMapper.shared());
    private final NotificationInsert notificationInsert = new NotificationInsert(JsonMapper.shared());

    public AgentDispatchPersistenceAdapter(DataSource dataSource) {
        this.jdbcClient = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Optional<AgentDispatch> lastDispatch(CampaignId campaignId) {
        return jdbcClient.sql("SELECT " + AgentDispatchRowMapper.COLUMNS
                        + " FROM agent_dispatch WHERE campaign_id = :campaignId ORDER BY id DESC LIMIT 1")
                .param("campaignId", campaignId.value())
                .query(rowMapper)
                .optional();
    }

    /**
     * The dispatch time is stored to the microsecond, as PostgreSQL keeps it.
     *
     * @throws IllegalArgumentException when a value of the notification's payload cannot be written as JSON, before
     *         anything is asked of the database
     * @throws org.springframework.dao.DataIntegrityViolationException when the database refuses a value of either
     *         row, such as text holding a NUL character (U+0000); then neither is written, and a caller's
     *         transaction this joined is marked rollback-only
     */
    @Override
    public void record(AgentDispatch dispatch, @Nullable NewNotification notification) {
        String requestedAgents = rowMapper.writeAgents(dispatch.requestedAgents());
        String sentAgents = rowMapper.writeAgents(dispatch.sentAgents());
        NotificationInsert.@Nullable Row notificationRow =
                notification == null ? null : notificationInsert.prepare(notification);
        transaction.executeWithoutResult(status -> {
            jdbcClient.sql(INSERT)
                    .param("campaignId", dispatch.campaignId().value())
                    .param("externalKey", dispatch.externalKey())
                    .param("rosterFingerprint", dispatch.rosterFingerprint())
                    .param("requestedAgents", requestedAgents)
                    .param("sentAgents", sentAgents)
                    .param("acceptedAgents", dispatch.acceptedAgents())
                    .param("assignmentId", dispatch.assignmentId())
                    .param("rebalances", dispatch.rebalances())
                    .param("runId", dispatch.runId())
                    .param("jobExecutionId", dispatch.jobExecutionId())
                    .param("dispatchedAt", Timestamps.toDatabase(dispatch.dispatchedAt().truncatedTo(ChronoUnit.MICROS)))
                    .update();
            if (notificationRow != null) {
                notificationInsert.insert(jdbcClient, notificationRow);
            }
        });
    }
}
