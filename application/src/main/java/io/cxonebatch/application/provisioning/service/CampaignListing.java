package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CXone's campaigns as one walk of the listing saw them, by id and by name. The listing is the only read that
 * reports a campaign's dialer rule, and one page holds up to 1,000 campaigns, so consulting it costs a pass a few
 * requests where reading each campaign would cost one each. Immutable once read.
 */
final class CampaignListing {

    private final Map<CampaignId, RemoteCampaign> byId;
    private final Map<String, RemoteCampaign> byName;

    private CampaignListing(Map<CampaignId, RemoteCampaign> byId, Map<String, RemoteCampaign> byName) {
        this.byId = byId;
        this.byName = byName;
    }

    static CampaignListing read(ListCampaignsPort port) {
        Map<CampaignId, RemoteCampaign> byId = new HashMap<>();
        Map<String, RemoteCampaign> byName = new HashMap<>();
        port.forEachCampaignPage(page -> page.forEach(campaign -> {
            byId.put(campaign.id(), campaign);
            byName.putIfAbsent(campaign.name(), campaign);
        }));
        return new CampaignListing(Map.copyOf(byId), Map.copyOf(byName));
    }

    Optional<RemoteCampaign> byId(CampaignId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The first listed campaign of that name (names are unique in a tenant that enforces them). */
    Optional<RemoteCampaign> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
