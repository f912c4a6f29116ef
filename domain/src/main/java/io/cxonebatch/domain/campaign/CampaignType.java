package io.cxonebatch.domain.campaign;

/** How a campaign dials. */
public enum CampaignType {
    PREDICTIVE,
    PROGRESSIVE,
    PREVIEW
}
