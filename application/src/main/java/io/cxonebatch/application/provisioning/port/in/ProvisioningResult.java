package io.cxonebatch.application.provisioning.port.in;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What provisioning one plan row did.
 *
 * @param campaignId the CXone campaign, null when none exists yet (a failed create, or a dry run of a new row)
 * @param status what the row now is: DONE when something was created, adopted, attached, configured or activated;
 *     ALREADY_DONE, PLANNED (dry run), REJECTED (a rule said no), FAILED; or PENDING when CXone was not answering,
 *     so that the row is tried again later and resumes where this call stopped
 * @param changes what was done, or in a dry run what would be done, one human-readable line per step
 * @param reason why the row was rejected, failed or left pending; null otherwise
 */
public record ProvisioningResult(
        ExternalKey externalKey,
        @Nullable CampaignId campaignId,
        ItemStatus status,
        ActivationOutcome activation,
        List<String> changes,
        @Nullable String reason) {

    public ProvisioningResult {
        if (externalKey == null || status == null || activation == null) {
            throw new IllegalArgumentException("a provisioning result needs an external key, a status and an activation outcome");
        }
        changes = List.copyOf(changes);
        if ((status.isProblem() || status == ItemStatus.PENDING) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("campaign " + externalKey + " is " + status + " and needs a reason");
        }
    }

    /** CXone was not answering: the row waits to be tried again. */
    public boolean deferred() {
        return status == ItemStatus.PENDING;
    }

    /** The same result with these lines before its changes. */
    public ProvisioningResult withChangesFirst(List<String> first) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(changes);
        return new ProvisioningResult(externalKey, campaignId, status, activation, all, reason);
    }
}
