package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.pacing.PacingSettings;

/** Replaces a campaign's dialer parameters atomically, guarded by the version last read. */
public interface UpdatePacingPort {

    /**
     * @return the new version, with the status CXone answered
     * @throws StaleVersionException when someone changed the campaign since {@code expectedVersion}
     * @throws CxoneRejectedException with status 422 when an engine limit is broken
     */
    CxoneAnswer<Long> updatePacing(CampaignId id, String name, PacingSettings settings, long expectedVersion);
}
