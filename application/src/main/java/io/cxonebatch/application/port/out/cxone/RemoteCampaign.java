package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as CXone reports it, whoever created it.
 *
 * @param window null when CXone holds no (parseable) schedule for it
 * @param targetListId the list its dialer rule dials; the contract reports it only in the listing
 *     ({@link ListCampaignsPort}), so it is null when the campaign has no dialer rule or was read by id
 * @param version the optimistic-locking version, 0 when the listing did not report one (a read by id does)
 */
public record RemoteCampaign(
        CampaignId id,
        String name,
        @Nullable CampaignType type,
        CampaignStatus status,
        @Nullable ScheduleWindow window,
        @Nullable String queueId,
        @Nullable String targetListId,
        long version) {

    /** Whether the listing reports a predictive dialer rule; meaningless for a campaign read by id. */
    public boolean hasDialerRule() {
        return targetListId != null;
    }
}
