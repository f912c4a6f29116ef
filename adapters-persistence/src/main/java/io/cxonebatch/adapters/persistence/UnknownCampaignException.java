package io.cxonebatch.adapters.persistence;

import io.cxonebatch.domain.campaign.CampaignId;

/** A status transition was reported for a CXone campaign id that no known campaign carries. */
public class UnknownCampaignException extends RuntimeException {

    private final CampaignId campaignId;

    public UnknownCampaignException(CampaignId campaignId) {
        super("no known campaign has CXone id " + campaignId.value() + "; its status transition was not recorded");
        this.campaignId = campaignId;
    }

    public CampaignId campaignId() {
        return campaignId;
    }
}
