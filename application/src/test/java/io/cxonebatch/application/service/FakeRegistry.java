package io.cxonebatch.application.service;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.domain.campaign.ExternalKey;
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
    public void saveKnownCampaign(KnownCampaign campaign) {
        calls.add("save");
        byKey.put(campaign.externalKey(), campaign);
    }
}
