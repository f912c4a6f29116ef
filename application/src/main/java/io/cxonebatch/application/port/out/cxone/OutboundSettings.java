package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.pacing.PacingSettings;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's outbound settings as CXone holds them, with the version an update must name.
 *
 * @param pacing null when the campaign has no dialer parameters yet (a fresh preview campaign)
 */
public record OutboundSettings(CampaignId id, String name, @Nullable String status, @Nullable PacingSettings pacing, long version) {
}
