package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;

/** Reads one campaign, with its current status and version. */
public interface LoadCampaignPort {

    /** @throws CxoneRejectedException with status 404 when CXone does not know the id */
    RemoteCampaign loadCampaign(CampaignId id);
}
