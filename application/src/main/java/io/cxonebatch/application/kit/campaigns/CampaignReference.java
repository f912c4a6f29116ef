package io.cxonebatch.application.kit.campaigns;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.validation.Violation;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as an input file names it, by the plan's external key or by its CXone id, looked up in the registry:
 * the jobs that change campaigns this project knows (pacing plans, rosters) accept only one it knows and CXone made.
 *
 * @param written the reference as the file gave it
 * @param known the registry's entry, when it has one
 */
public record CampaignReference(String written, Optional<KnownCampaign> known) {

    public static final String UNKNOWN_CAMPAIGN = "UNKNOWN_CAMPAIGN";
    public static final String CAMPAIGN_NOT_CREATED = "CAMPAIGN_NOT_CREATED";

    public static CampaignReference lookUp(LoadKnownCampaignPort registry, String written) {
        return new CampaignReference(written, registry.findByKeyOrCampaignId(written));
    }

    /** The campaign's CXone id; null when the registry does not know it or CXone never made it. */
    public @Nullable CampaignId campaignId() {
        return known.map(KnownCampaign::campaignId).orElse(null);
    }

    /** What the item is staged under: the campaign's external key, however the file named it; as written when unknown. */
    public String ref() {
        return known.map(campaign -> campaign.externalKey().value()).orElse(written);
    }

    /** Why an item naming this campaign cannot go on, on {@code field}; empty when it can. */
    public Optional<Violation> problem(String field) {
        if (known.isEmpty()) {
            return Optional.of(Violation.of(UNKNOWN_CAMPAIGN, field, "campaign " + written
                    + " is neither the external key nor the CXone id of a campaign this project knows"));
        }
        if (known.get().campaignId() == null) {
            return Optional.of(Violation.of(CAMPAIGN_NOT_CREATED, field, "campaign " + written
                    + " was never created in CXone (its provisioning did not finish)"));
        }
        return Optional.empty();
    }

    /** The reason an item's campaign, found at validation, is gone from the registry when the item is carried out. */
    public static Violation vanished(String ref, String field) {
        return Violation.of(UNKNOWN_CAMPAIGN, field, "campaign " + ref + " is no longer in the registry with a CXone id");
    }
}
