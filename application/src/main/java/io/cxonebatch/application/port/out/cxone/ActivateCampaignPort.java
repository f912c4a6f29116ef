package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;

/** Asks CXone to activate a campaign. Activation is asynchronous: poll {@link LoadCampaignPort} for the outcome. */
public interface ActivateCampaignPort {

    /** @return the status CXone accepted the request with */
    CxoneAnswer<Void> activateCampaign(CampaignId id);
}
