package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.DialerRule;

/** Attaches the predictive pacing rule to a campaign. */
public interface AttachDialerRulePort {

    /**
     * @return the id CXone gave the rule
     * @throws CxoneRejectedException when the campaign or the target list does not exist
     */
    String attachDialerRule(CampaignId campaignId, DialerRule rule);
}
