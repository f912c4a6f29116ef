package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.PreviewSettings;

/** Applies the preview configuration of a preview campaign, guarded by the version last read. */
public interface ConfigurePreviewPort {

    /**
     * @return the new version, with the status CXone answered
     * @throws StaleVersionException when someone changed the campaign since {@code expectedVersion}
     */
    CxoneAnswer<Long> configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion);
}
