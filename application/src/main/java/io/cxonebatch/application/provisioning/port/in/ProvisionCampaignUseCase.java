package io.cxonebatch.application.provisioning.port.in;

/**
 * Provisions validated campaign-plan rows in CXone, idempotently on their external keys: running the same row
 * twice creates one campaign, attaches one dialer rule and requests one activation at most.
 */
public interface ProvisionCampaignUseCase {

    /** Starts a pass over a plan's rows; see {@link ProvisioningPass}. */
    ProvisioningPass startPass();

    /** Provisions a single row in a pass of its own. */
    default ProvisioningResult provision(ProvisionCampaignCommand command) {
        return startPass().provision(command);
    }
}
