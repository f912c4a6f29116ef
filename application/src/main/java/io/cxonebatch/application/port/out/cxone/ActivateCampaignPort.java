package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;

/** Asks CXone to activate a campaign. Activation is asynchronous: poll {@link LoadCampaignPort} for the outcome. */
public interface ActivateCampaignPort {

    void activateCampaign(CampaignId id);
}
