package io.cxonebatch.application.port.out.campaigns;

/** Stores a campaign this project knows, inserting or updating by external key. */
public interface SaveKnownCampaignPort {

    void saveKnownCampaign(KnownCampaign campaign);
}
