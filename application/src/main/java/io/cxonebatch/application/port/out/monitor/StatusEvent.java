package io.cxonebatch.application.port.out.monitor;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing the monitor observed of a campaign, as the status history keeps it.
 *
 * @param from the status the registry held
 * @param to the status CXone reported; null for {@link StatusEventKind#MISSING}
 * @param reason why, in words; null when there is nothing to add
 */
public record StatusEvent(StatusEventKind kind, CampaignId campaignId, String externalKey, CampaignStatus from,
        @Nullable CampaignStatus to, Instant observedAt, long jobExecutionId, @Nullable String reason) {

    public StatusEvent {
        if ((to == null) != (kind == StatusEventKind.MISSING)) {
            throw new IllegalArgumentException("a " + kind + " event of " + externalKey + " names a status exactly when it is not MISSING");
        }
    }
}
