package io.cxonebatch.application.service;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The known-campaign registry, in memory, writing its saves into the shared call log. */
final class FakeRegistry implements LoadKnownCampaignPort, SaveKnownCampaignPort {

    final Map<ExternalKey, KnownCampaign> byKey = new LinkedHashMap<>();
    private final List<String> calls;

    FakeRegistry(List<String> calls) {
        this.calls = calls;
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
    public void forgetIntent(ExternalKey key) {
        calls.add("forget");
        byKey.computeIfPresent(key, (k, known) -> known.campaignId() == null ? null : known);
    }

    /** Like the database's upsert, a save without a CXone id keeps the id already recorded. */
    @Override
    public void saveKnownCampaign(KnownCampaign campaign) {
        calls.add("save");
        KnownCampaign before = byKey.get(campaign.externalKey());
        if (campaign.campaignId() == null && before != null && before.campaignId() != null) {
            campaign = new KnownCampaign(campaign.externalKey(), before.campaignId(), campaign.name(), campaign.type(),
                    campaign.status(), campaign.window(), campaign.queueId(), campaign.targetListId(), campaign.statusObservedAt());
        }
        byKey.put(campaign.externalKey(), campaign);
    }
}
