package io.cxonebatch.application.port.in;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What provisioning one plan row did.
 *
 * @param campaignId the CXone campaign, null when none exists yet (a failed create, or a dry run of a new row)
 * @param changes what was done, or in a dry run what would be done, one human-readable line per step
 * @param reason why the row was rejected, failed or deferred; null otherwise
 */
public record ProvisioningResult(
        ExternalKey externalKey,
        @Nullable CampaignId campaignId,
        ProvisioningOutcome outcome,
        ActivationOutcome activation,
        List<String> changes,
        @Nullable String reason) {

    public ProvisioningResult {
        if (externalKey == null || outcome == null || activation == null) {
            throw new IllegalArgumentException("a provisioning result needs an external key, an outcome and an activation outcome");
        }
        changes = List.copyOf(changes);
        if ((outcome == ProvisioningOutcome.REJECTED || outcome == ProvisioningOutcome.FAILED
                || outcome == ProvisioningOutcome.DEFERRED)
                && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("campaign " + externalKey + " is " + outcome + " and needs a reason");
        }
    }
}
