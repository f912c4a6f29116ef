package io.cxonebatch.domain.pacing;

/**
 * A checked pacing plan row: the settings to apply to one campaign.
 *
 * @param campaignReference the plan's external key or the CXone id of the campaign, as written
 */
public record PacingChange(String campaignReference, PacingSettings settings) {

    public PacingChange {
        if (campaignReference == null || campaignReference.isBlank()) {
            throw new IllegalArgumentException("a pacing change needs a campaign reference");
        }
        if (settings == null) {
            throw new IllegalArgumentException("pacing change for '" + campaignReference + "' needs settings");
        }
    }
}
