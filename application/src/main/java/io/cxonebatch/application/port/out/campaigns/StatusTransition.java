package io.cxonebatch.application.port.out.campaigns;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change of status observed in CXone. */
public record StatusTransition(
        CampaignId campaignId, @Nullable CampaignStatus from, CampaignStatus to, Instant observedAt, @Nullable Long jobExecutionId) {
}
