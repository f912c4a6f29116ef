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
 * @param targetListId the list its dialer rule dials; null when it has no dialer rule
 * @param version the optimistic-locking version, 0 when the listing did not report one
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

    /** Whether a predictive dialer rule is attached. */
    public boolean hasDialerRule() {
        return targetListId != null;
    }
}
