package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;

/** Creates campaigns in CXone. */
public interface CreateCampaignPort {

    /**
     * Creates the campaign in DRAFT.
     *
     * @return the id CXone gave it
     * @throws CampaignNameTakenException when the tenant already has a campaign of that name
     */
    CampaignId createCampaign(NewCampaign campaign);
}
