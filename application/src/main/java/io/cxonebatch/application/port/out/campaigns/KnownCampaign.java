package io.cxonebatch.application.port.out.campaigns;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign this project created or adopted, keyed by the plan's external key.
 *
 * @param campaignId null until CXone has answered the create call
 * @param status the last status observed in CXone
 * @param statusObservedAt when that status was observed
 */
public record KnownCampaign(
        ExternalKey externalKey,
        @Nullable CampaignId campaignId,
        String name,
        CampaignType type,
        CampaignStatus status,
        ScheduleWindow window,
        @Nullable String queueId,
        @Nullable String targetListId,
        Instant statusObservedAt) {

    public KnownCampaign withStatus(CampaignStatus newStatus, Instant observedAt) {
        return new KnownCampaign(externalKey, campaignId, name, type, newStatus, window, queueId, targetListId, observedAt);
    }
}
