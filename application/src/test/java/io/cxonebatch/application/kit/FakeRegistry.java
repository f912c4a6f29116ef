package io.cxonebatch.application.kit;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The known-campaign registry, in memory and safe for several threads, writing its saves into the shared call log
 * (when given one).
 */
public final class FakeRegistry implements LoadKnownCampaignPort, SaveKnownCampaignPort {

    public final Map<ExternalKey, KnownCampaign> byKey = new ConcurrentHashMap<>();
    private final List<String> calls;

    public FakeRegistry(List<String> calls) {
        this.calls = Collections.synchronizedList(calls);
    }

    public FakeRegistry() {
        this(new ArrayList<>());
    }

    @Override
    public Optional<KnownCampaign> findByExternalKey(ExternalKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public Optional<KnownCampaign> findByKeyOrCampaignId(String keyOrId) {
        return byKey.values().stream()
                .filter(k -> k.externalKey().value().equals(keyOrId) || (k.campaignId() != null && k.campaignId().value().equals(keyOrId)))
                .findFirst();
    }

    @Override
    public Map<ExternalKey, KnownCampaign> findByExternalKeys(Collection<ExternalKey> keys) {
        Map<ExternalKey, KnownCampaign> found = new HashMap<>();
        keys.forEach(key -> findByExternalKey(key).ifPresent(known -> found.put(key, known)));
        return found;
    }

    @Override
    public Map<CampaignId, KnownCampaign> findByCampaignIds(Collection<CampaignId> ids) {
        Map<CampaignId, KnownCampaign> found = new HashMap<>();
        byKey.values().stream().filter(k -> k.campaignId() != null && ids.contains(k.campaignId()))
                .forEach(known -> found.put(known.campaignId(), known));
        return found;
    }

    @Override
    public void forgetIntent(ExternalKey key) {
        calls.add("forget");
        byKey.computeIfPresent(key, (k, known) -> known.campaignId() == null ? null : known);
    }

    /** Like the database's upsert, a save without a CXone id keeps the id already recorded. */
    @Override
    public void saveKnownCampaign(KnownCampaign campaign) {
        calls.add("save");
        byKey.merge(campaign.externalKey(), campaign, (before, after) -> after.campaignId() != null || before.campaignId() == null ? after
                : new KnownCampaign(after.externalKey(), before.campaignId(), after.name(), after.type(), after.status(),
                        after.window(), after.queueId(), after.targetListId(), after.statusObservedAt()));
    }
}
