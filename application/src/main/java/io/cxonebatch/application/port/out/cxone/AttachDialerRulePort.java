package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.DialerRule;

/**
 * Attaches the predictive pacing rule to a campaign. The call is not idempotent (a second call attaches a second
 * rule), so the adapter sends it again only when CXone certainly did not act on it (429, a refused token, a
 * connection that never opened).
 */
public interface AttachDialerRulePort {

    /**
     * @return the id CXone gave the rule, with the status it answered
     * @throws CxoneRejectedException when the campaign or the target list does not exist
     * @throws CxoneOutcomeUnknownException when CXone may have attached the rule without saying so
     */
    CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule);
}
