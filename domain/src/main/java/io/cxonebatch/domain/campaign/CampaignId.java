package io.cxonebatch.domain.campaign;

/** The id CXone gave a campaign. */
public record CampaignId(String value) {

    public CampaignId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("campaign id must not be blank");
        }
    }

    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
