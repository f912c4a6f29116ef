package io.cxonebatch.application.port.out.campaigns;

import io.cxonebatch.domain.campaign.ExternalKey;

/** Stores a campaign this project knows, inserting or updating by external key. */
public interface SaveKnownCampaignPort {

    /** Inserts or updates by external key; a CXone id already recorded is kept when the campaign carries none. */
    void saveKnownCampaign(KnownCampaign campaign);

    /**
     * Drops the key's record while it holds only an intent (no CXone id): the create it announced certainly did not
     * happen, so the intent must not later vouch for a campaign of that name. A record with an id is kept.
     */
    void forgetIntent(ExternalKey key);
}
