package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.ListKnownContactListsPort;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.RecordStatusTransitionPort;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.StatusTransition;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign registry: {@code known_campaign} and {@code campaign_status_transition}. Writes join the
 * caller's transaction on the same data source when there is one.
 */
public class CampaignPersistenceAdapter
        implements LoadKnownCampaignPort, SaveKnownCampaignPort, RecordStatusTransitionPort,
        ListKnownContactListsPort {

    private static final String SELECT = "SELECT " + KnownCampaignRowMapper.COLUMNS + " FROM known_campaign";

    // A CXone id once known is kept: a save carrying none (a plan row re-read before create) must not orphan it.
    private static final String UPSERT = """
            INSERT INTO known_campaign AS k (external_key, campaign_id, name, type, status, timezone, window_start,
                                             window_end, queue_id, target_list_id, status_observed_at)
            VALUES (:externalKey, :campaignId, :name, :type, :status, :timezone, :windowStart,
                    :windowEnd, :queueId, :targetListId, :statusObservedAt)
            ON CONFLICT (external_key) DO UPDATE SET
                campaign_id = coalesce(EXCLUDED.campaign_id, k.campaign_id),
                name = EXCLUDED.name,
                type = EXCLUDED.type,
                status = EXCLUDED.status,
                timezone = EXCLUDED.timezone,
                window_start = EXCLUDED.window_start,
                window_end = EXCLUDED.window_end,
                queue_id = EXCLUDED.queue_id,
                target_list_id = EXCLUDED.target_list_id,
                status_observed_at = EXCLUDED.status_observed_at,
                updated_at = now()""";

    private final JdbcClient jdbcClient;
    private final TransactionTemplate transaction;
    private final KnownCampaignRowMapper rowMapper = new KnownCampaignRowMapper();

    public CampaignPersistenceAdapter(DataSource dataSource) {
        this.jdbcClient = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Optional<KnownCampaign> findByExternalKey(ExternalKey key) {
        return jdbcClient.sql(SELECT + " WHERE external_key = :key")
                .param("key", key.value())
                .query(rowMapper)
                .optional();
    }

    /** When one campaign's external key is another's CXone id, the external key wins. */
    @Override
    public Optional<KnownCampaign> findByKeyOrCampaignId(String keyOrId) {
        return jdbcClient.sql(SELECT + " WHERE external_key = :keyOrId OR campaign_id = :keyOrId"
                        + " ORDER BY external_key = :keyOrId DESC LIMIT 1")
                .param("keyOrId", keyOrId)
                .query(rowMapper)
                .optional();
    }

    /** One query per call, whatever the number of keys: the provisioning steps look up a page of rows at a time. */
    @Override
    public Map<ExternalKey, KnownCampaign> findByExternalKeys(Collection<ExternalKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String[] values = keys.stream().map(ExternalKey::value).distinct().toArray(String[]::new);
        Map<ExternalKey, KnownCampaign> found = new HashMap<>();
        jdbcClient.sql(SELECT + " WHERE external_key = ANY(CAST(:keys AS text[]))")
                .param("keys", values)
                .query(rowMapper)
                .list()
                .forEach(known -> found.put(known.externalKey(), known));
        return found;
    }

    @Override
    public Map<CampaignId, KnownCampaign> findByCampaignIds(Collection<CampaignId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String[] values = ids.stream().map(CampaignId::value).distinct().toArray(String[]::new);
        Map<CampaignId, KnownCampaign> found = new HashMap<>();
        jdbcClient.sql(SELECT + " WHERE campaign_id = ANY(CAST(:ids AS text[]))")
                .param("ids", values)
                .query(rowMapper)
                .list()
                .forEach(known -> found.put(known.campaignId(), known));
        return found;
    }

    @Override
    public void forgetIntent(ExternalKey key) {
        jdbcClient.sql("DELETE FROM known_campaign WHERE external_key = :key AND campaign_id IS NULL")
                .param("key", key.value())
                .update();
    }

    /** Inserts or updates by external key; a CXone id already stored is kept when the campaign carries none. */
    @Override
    public void saveKnownCampaign(KnownCampaign campaign) {
        jdbcClient.sql(UPSERT)
                .param("externalKey", campaign.externalKey().value())
                .param("campaignId", campaign.campaignId() == null ? null : campaign.campaignId().value())
                .param("name", campaign.name())
                .param("type", campaign.type().name())
                .param("status", campaign.status().name())
                .param("timezone", campaign.window().zone().getId())
                .param("windowStart", Timestamps.toDatabase(campaign.window().start()))
                .param("windowEnd", Timestamps.toDatabase(campaign.window().end()))
                .param("queueId", campaign.queueId())
                .param("targetListId", campaign.targetListId())
                .param("statusObservedAt", Timestamps.toDatabase(campaign.statusObservedAt()))
                .update();
    }

    /**
     * Records the transition and, unless a later observation is already stored, makes its target the
     * campaign's status, in one transaction.
     *
     * @throws UnknownCampaignException when no known campaign has the transition's CXone id; nothing is recorded
     */
    @Override
    public void recordStatusTransition(StatusTransition transition) {
        transaction.executeWithoutResult(status -> {
            OffsetDateTime lastObserved = jdbcClient.sql(
                            "SELECT status_observed_at FROM known_campaign WHERE campaign_id = :campaignId FOR UPDATE")
                    .param("campaignId", transition.campaignId().value())
                    .query(OffsetDateTime.class)
                    .optional()
                    .orElseThrow(() -> new UnknownCampaignException(transition.campaignId()));
            jdbcClient.sql("""
                            INSERT INTO campaign_status_transition (campaign_id, from_status, to_status, observed_at,
                                                                    job_execution_id)
                            VALUES (:campaignId, :from, :to, :observedAt, :jobExecutionId)""")
                    .param("campaignId", transition.campaignId().value())
                    .param("from", transition.from() == null ? null : transition.from().name())
                    .param("to", transition.to().name())
                    .param("observedAt", Timestamps.toDatabase(transition.observedAt()))
                    .param("jobExecutionId", transition.jobExecutionId())
                    .update();
            if (!transition.observedAt().isBefore(lastObserved.toInstant())) {
                jdbcClient.sql("""
                                UPDATE known_campaign
                                SET status = :to, status_observed_at = :observedAt, updated_at = now()
                                WHERE campaign_id = :campaignId""")
                        .param("to", transition.to().name())
                        .param("observedAt", Timestamps.toDatabase(transition.observedAt()))
                        .param("campaignId", transition.campaignId().value())
                        .update();
            }
        });
    }

    /**
     * Every distinct list a known campaign's dialer rule dials ({@code target_list_id}), in id order compared byte by
     * byte, whatever the server's locale. It is the only list the registry keeps of a campaign.
     */
    @Override
    public List<String> knownContactListIds() {
        return jdbcClient.sql("""
                        SELECT DISTINCT target_list_id COLLATE "C" AS list_id
                        FROM known_campaign
                        WHERE target_list_id IS NOT NULL
                        ORDER BY list_id""")
                .query(String.class)
                .list();
    }
}
