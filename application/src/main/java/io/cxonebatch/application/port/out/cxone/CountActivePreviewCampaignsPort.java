package io.cxonebatch.application.port.out.cxone;

/** Counts the tenant's active preview campaigns, for the licensed concurrent-preview limit. */
public interface CountActivePreviewCampaignsPort {

    int countActivePreviewCampaigns();
}
