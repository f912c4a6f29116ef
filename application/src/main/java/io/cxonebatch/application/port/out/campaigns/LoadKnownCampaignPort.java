package io.cxonebatch.application.port.out.campaigns;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Finds a campaign this project knows. */
public interface LoadKnownCampaignPort {

    Optional<KnownCampaign> findByExternalKey(ExternalKey key);

    /** Finds by external key or by CXone id, as the pacing plan and the roster name campaigns. */
    Optional<KnownCampaign> findByKeyOrCampaignId(String keyOrId);

    /** The known campaigns of these keys, in one query; keys the registry does not know are absent. */
    Map<ExternalKey, KnownCampaign> findByExternalKeys(Collection<ExternalKey> keys);

    /** The registry's entries for these CXone campaigns, by id, in one query; ids it does not know are absent. */
    Map<CampaignId, KnownCampaign> findByCampaignIds(Collection<CampaignId> ids);
}
