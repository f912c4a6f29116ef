package io.cxonebatch.application.provisioning.port.in;

import io.cxonebatch.domain.campaign.CampaignSpec;
import org.jspecify.annotations.Nullable;

/**
 * One plan row to provision.
 *
 * @param jobExecutionId the batch execution doing the work, recorded in the audit; null outside a job
 * @param dryRun when true, nothing is changed in CXone or in the registry: the result lists what would be done
 */
public record ProvisionCampaignCommand(CampaignSpec spec, @Nullable Long jobExecutionId, boolean dryRun) {

    public ProvisionCampaignCommand {
        if (spec == null) {
            throw new IllegalArgumentException("a provisioning command needs a campaign spec");
        }
        if (jobExecutionId != null && jobExecutionId < 0) {
            throw new IllegalArgumentException("job execution id " + jobExecutionId + " of campaign "
                    + spec.externalKey() + " cannot be negative");
        }
    }
}
