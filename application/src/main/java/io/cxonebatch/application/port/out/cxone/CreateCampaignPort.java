package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;

/** Creates campaigns in CXone. */
public interface CreateCampaignPort {

    /**
     * Creates the campaign in DRAFT.
     *
     * @return the id CXone gave it, with the status it answered
     * @throws CampaignNameTakenException when the tenant already has a campaign of that name
     */
    CxoneAnswer<CampaignId> createCampaign(NewCampaign campaign);
}
