package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.monitor.CampaignObservationsPort;
import io.cxonebatch.application.port.out.monitor.StatusEvent;
import io.cxonebatch.application.port.out.monitor.StatusEventKind;
import io.cxonebatch.application.port.out.monitor.TrackedCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry as campaign-status-monitor sees it: {@code known_campaign} with its monitoring columns, and the
 * events of {@code campaign_status_transition}. An event and what it changes in the registry go in one transaction.
 */
public class CampaignObservationsPersistenceAdapter implements CampaignObservationsPort {

    private static final String TRACKED = "SELECT " + KnownCampaignRowMapper.COLUMNS + ", overdue_flagged_at FROM known_campaign";
    // The predicate of known_campaign_monitored_idx, so that the index serves the listing.
    private static final String MONITORED = "status NOT IN ('COMPLETED', 'FAILED', 'CANCELED') AND missing_since IS NULL";

    private final JdbcClient jdbcClient;
    private final TransactionTemplate transaction;
    private final KnownCampaignRowMapper campaigns = new KnownCampaignRowMapper();
    private final RowMapper<TrackedCampaign> tracked = (rs, n) -> new TrackedCampaign(campaigns.mapRow(rs, n),
            Timestamps.instantOrNull(rs, "overdue_flagged_at"));

    public CampaignObservationsPersistenceAdapter(DataSource dataSource) {
        this.jdbcClient = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Map<CampaignId, TrackedCampaign> tracked(Collection<CampaignId> ids) {
        Map<CampaignId, TrackedCampaign> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbcClient.sql(TRACKED + " WHERE campaign_id = ANY(:ids) AND missing_since IS NULL")
                .param("ids", ids.stream().map(CampaignId::value).toArray(String[]::new))
                .query(tracked).list()
                .forEach(campaign -> found.put(campaign.campaign().campaignId(), campaign));
        return found;
    }

    @Override
    public Page<TrackedCampaign> notYetObserved(long runId, @Nullable PageCursor after, int limit) {
        List<TrackedCampaign> page = jdbcClient.sql(TRACKED + " WHERE " + MONITORED + " AND campaign_id IS NOT NULL"
                        + " AND last_observed_run IS DISTINCT FROM :runId AND external_key > :after"
                        + " ORDER BY external_key LIMIT :limit")
                .param("runId", runId)
                .param("after", after == null ? "" : after.value())
                .param("limit", limit)
                .query(tracked).list();
        return page.size() < limit ? Page.last(page)
                : new Page<>(page, new PageCursor(page.get(page.size() - 1).campaign().externalKey().value()));
    }

    @Override
    public void observedUnchanged(long runId, Collection<CampaignId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbcClient.sql("UPDATE known_campaign SET last_observed_run = :runId WHERE campaign_id = ANY(:ids)")
                .param("runId", runId)
                .param("ids", ids.stream().map(CampaignId::value).toArray(String[]::new))
                .update();
    }

    @Override
    public boolean record(long runId, StatusEvent event) {
        Boolean recorded = transaction.execute(status -> {
            String change = switch (event.kind()) {
                // A new status: since now, and any overdue flag belongs to the activation that ended.
                case TRANSITION, ANOMALY -> "status = :to, status_observed_at = :observedAt, overdue_flagged_at = NULL,";
                case MISSING -> "missing_since = :observedAt,";
                case ACTIVATION_OVERDUE -> "overdue_flagged_at = :observedAt,";
            };
            int updated = jdbcClient.sql("UPDATE known_campaign SET " + change + " last_observed_run = :runId, updated_at = now()"
                            + " WHERE campaign_id = :campaignId AND status = :from")
                    .param("to", event.to() == null ? event.from().name() : event.to().name())
                    .param("observedAt", Timestamps.toDatabase(event.observedAt()))
                    .param("runId", runId)
                    .param("campaignId", event.campaignId().value())
                    .param("from", event.from().name())
                    .update();
            if (updated == 0) {
                return false;
            }
            jdbcClient.sql("""
                            INSERT INTO campaign_status_transition (campaign_id, from_status, to_status, observed_at,
                                                                    job_execution_id, kind, reason, run_id)
                            VALUES (:campaignId, :from, :to, :observedAt, :jobExecutionId, :kind, :reason, :runId)""")
                    .param("campaignId", event.campaignId().value())
                    .param("from", event.from().name())
                    .param("to", event.to() == null ? null : event.to().name())
                    .param("observedAt", Timestamps.toDatabase(event.observedAt()))
                    .param("jobExecutionId", event.jobExecutionId())
                    .param("kind", event.kind().name())
                    .param("reason", event.reason())
                    .param("runId", runId)
                    .update();
            return true;
        });
        return Boolean.TRUE.equals(recorded);
    }

    @Override
    public long observedCount(long runId) {
        return jdbcClient.sql("SELECT count(*) FROM known_campaign WHERE last_observed_run = :runId").param("runId", runId)
                .query(Long.class).single();
    }

    @Override
    public List<StatusEvent> events(long runId, int limit) {
        return jdbcClient.sql("""
                        SELECT t.kind, t.campaign_id, k.external_key, t.from_status, t.to_status, t.observed_at,
                               t.job_execution_id, t.reason
                        FROM campaign_status_transition t JOIN known_campaign k ON k.campaign_id = t.campaign_id
                        WHERE t.run_id = :runId
                        ORDER BY t.id LIMIT :limit""")
                .param("runId", runId)
                .param("limit", limit)
                .query((rs, n) -> new StatusEvent(StatusEventKind.valueOf(rs.getString("kind")),
                        CampaignId.of(rs.getString("campaign_id")), rs.getString("external_key"),
                        CampaignStatus.valueOf(rs.getString("from_status")),
                        rs.getString("to_status") == null ? null : CampaignStatus.valueOf(rs.getString("to_status")),
                        Timestamps.instant(rs, "observed_at"), rs.getLong("job_execution_id"), rs.getString("reason")))
                .list();
    }
}
