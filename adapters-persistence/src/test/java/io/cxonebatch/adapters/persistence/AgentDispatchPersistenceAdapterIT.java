package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.assignment.AgentDispatch;
import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.application.port.out.outbox.Notification;
import io.cxonebatch.application.port.out.outbox.NotificationStatus;
import io.cxonebatch.domain.campaign.CampaignId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tests share the class's database, so each dispatches to campaigns and in job executions of its own. */
@RealPostgres
class AgentDispatchPersistenceAdapterIT {

    private static final Instant DISPATCHED = Instant.parse("2026-10-05T07:30:00Z");
    private static final URI WFM = URI.create("https://wfm.example.test/hooks/agents");
    private static final AtomicLong SEQUENCE = new AtomicLong(7_000);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AgentDispatchPersistenceAdapter adapter;
    private final OutboxPersistenceAdapter outbox;

    AgentDispatchPersistenceAdapterIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new AgentDispatchPersistenceAdapter(dataSource);
        this.outbox = new OutboxPersistenceAdapter(dataSource);
    }

    @Test
    void findsWhatWasRecordedAsTheCampaignsLastDispatch() {
        AgentDispatch dispatch = new AgentDispatch(newCampaign(), "preview-east", "sha256:9f2c", List.of("u-3", "u-1", "u-2"),
                List.of("u-3", "u-2"), 2, "asg-41", 1, 7L, newExecution(), DISPATCHED);

        adapter.record(dispatch, null);

        assertThat(adapter.lastDispatch(dispatch.campaignId())).contains(dispatch);
        assertThat(outbox.counts(dispatch.jobExecutionId()).total()).as("nobody to notify").isZero();
    }

    @Test
    void findsNothingForACampaignNeverDispatchedTo() {
        adapter.record(dispatch(newCampaign(), newExecution(), "asg-1"), null);

        assertThat(adapter.lastDispatch(newCampaign())).isEmpty();
    }

    @Test
    void findsTheLatestRecordedDispatchOfTheCampaignAndOfNoOther() {
        CampaignId campaign = newCampaign();
        CampaignId other = newCampaign();
        AgentDispatch first = dispatch(campaign, newExecution(), "asg-1");
        AgentDispatch second = new AgentDispatch(campaign, first.externalKey(), "sha256:changed", List.of("u-9"),
                List.of("u-9"), 1, "asg-2", 0, 7L, newExecution(), DISPATCHED.minusSeconds(3_600));
        AgentDispatch others = dispatch(other, newExecution(), "asg-3");

        adapter.record(first, null);
        adapter.record(second, null);
        adapter.record(others, null);

        assertThat(adapter.lastDispatch(campaign)).as("the latest recorded, though dispatched at an earlier time")
                .contains(second);
        assertThat(adapter.lastDispatch(other)).contains(others);
    }

    @Test
    void recordsTheDispatchAndTheNotificationThatAnnouncesIt() {
        CampaignId campaign = newCampaign();
        long execution = newExecution();
        AgentDispatch dispatch = dispatch(campaign, execution, "asg-7");

        adapter.record(dispatch, notification(dispatch, Map.of("campaign_id", campaign.value())));

        assertThat(adapter.lastDispatch(campaign)).contains(dispatch);
        assertThat(outbox.ofExecution(execution, 10)).singleElement().satisfies(notification -> {
            assertThat(notification.topic()).isEqualTo("agents.dispatched");
            assertThat(notification.destination()).isEqualTo(WFM);
            assertThat(notification.ref()).isEqualTo(dispatch.externalKey());
            assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(notification.payloadJson()).isEqualTo("{\"campaign_id\": \"" + campaign.value() + "\"}");
        });
    }

    @Test
    void recordsNeitherWhenTheNotificationIsRefused() {
        CampaignId campaign = newCampaign();
        long execution = newExecution();
        AgentDispatch dispatch = dispatch(campaign, execution, "asg-1");
        // Written after the dispatch, in its transaction: a jsonb holds no NUL character.
        NewNotification refused = notification(dispatch, Map.of("note", "roster line 4 \u0000"));

        assertThatThrownBy(() -> adapter.record(dispatch, refused)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(adapter.lastDispatch(campaign)).isEmpty();
        assertThat(dispatchRows(execution)).isZero();
        assertThat(outbox.counts(execution).total()).isZero();
    }

    @Test
    void recordsNeitherWhenTheDispatchIsRefused() {
        CampaignId campaign = newCampaign();
        long execution = newExecution();
        AgentDispatch refused = new AgentDispatch(campaign, "", "sha256:1", List.of("u-1"), List.of("u-1"), 1, "asg-1", 0,
                7L, execution, DISPATCHED);

        assertThatThrownBy(() -> adapter.record(refused, notification(refused, Map.of("campaign_id", campaign.value()))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agent_dispatch_external_key_check");

        assertThat(adapter.lastDispatch(campaign)).isEmpty();
        assertThat(outbox.counts(execution).total()).isZero();
    }

    @Test
    void recordsInTheCallersTransactionAndRollsBackWithIt() {
        CampaignId rolledBack = newCampaign();
        CampaignId committed = newCampaign();
        long rolledBackExecution = newExecution();
        long committedExecution = newExecution();
        TransactionTemplate callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        AgentDispatch undone = dispatch(rolledBack, rolledBackExecution, "asg-1");
        AgentDispatch kept = dispatch(committed, committedExecution, "asg-2");

        callersTransaction.executeWithoutResult(status -> {
            adapter.record(undone, notification(undone, Map.of()));
            assertThat(adapter.lastDispatch(rolledBack)).as("inside the transaction").isPresent();
            status.setRollbackOnly();
        });
        callersTransaction.executeWithoutResult(status -> adapter.record(kept, notification(kept, Map.of())));

        assertThat(adapter.lastDispatch(rolledBack)).isEmpty();
        assertThat(outbox.counts(rolledBackExecution).total()).isZero();
        assertThat(adapter.lastDispatch(committed)).isPresent();
        assertThat(outbox.ofExecution(committedExecution, 10)).extracting(Notification::status)
                .containsExactly(NotificationStatus.PENDING);
    }

    @Test
    void storesTheDispatchTimeToTheMicrosecond() {
        CampaignId campaign = newCampaign();
        AgentDispatch dispatch = new AgentDispatch(campaign, "preview-east", "sha256:9f2c", List.of("u-1"), List.of("u-1"),
                1, "asg-1", 0, 7L, newExecution(), Instant.parse("2026-10-05T07:30:00.123456789Z"));

        adapter.record(dispatch, null);

        assertThat(adapter.lastDispatch(campaign)).map(AgentDispatch::dispatchedAt)
                .contains(Instant.parse("2026-10-05T07:30:00.123456Z"));
    }

    @Test
    void findsTheLastDispatchThroughTheCampaignsIndex() {
        jdbc.sql("""
                INSERT INTO agent_dispatch (campaign_id, external_key, roster_fingerprint, requested_agents, sent_agents,
                                            accepted_agents, assignment_id, rebalances, run_id, job_execution_id, dispatched_at)
                SELECT 'camp-bulk-' || (n % 500), 'preview-bulk', 'sha256:0', '[]', '[]', 0, 'asg', 0, 1, 1, now()
                FROM generate_series(1, 5000) AS n""").update();
        jdbc.sql("ANALYZE agent_dispatch").update();

        String plan = String.join("\n", jdbc.sql("EXPLAIN SELECT " + AgentDispatchRowMapper.COLUMNS
                        + " FROM agent_dispatch WHERE campaign_id = :campaignId ORDER BY id DESC LIMIT 1")
                .param("campaignId", "camp-bulk-7").query(String.class).list());

        assertThat(plan).contains("agent_dispatch_campaign_idx").doesNotContain("Sort");
    }

    private long dispatchRows(long execution) {
        return jdbc.sql("SELECT count(*) FROM agent_dispatch WHERE job_execution_id = :execution")
                .param("execution", execution).query(Long.class).single();
    }

    private static AgentDispatch dispatch(CampaignId campaign, long execution, String assignmentId) {
        return new AgentDispatch(campaign, "preview-" + campaign.value(), "sha256:" + assignmentId, List.of("u-1", "u-2"),
                List.of("u-1", "u-2"), 2, assignmentId, 0, 7L, execution, DISPATCHED);
    }

    private static NewNotification notification(AgentDispatch dispatch, Map<String, ?> payload) {
        return new NewNotification("agents.dispatched", WFM, payload, dispatch.jobExecutionId(), dispatch.externalKey());
    }

    private static CampaignId newCampaign() {
        return CampaignId.of("camp-" + SEQUENCE.incrementAndGet());
    }

    private static long newExecution() {
        return SEQUENCE.incrementAndGet();
    }
}
