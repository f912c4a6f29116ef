package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;

/** Reads a campaign's outbound settings and their current version. */
public interface LoadOutboundSettingsPort {

    OutboundSettings loadOutboundSettings(CampaignId id);
}
