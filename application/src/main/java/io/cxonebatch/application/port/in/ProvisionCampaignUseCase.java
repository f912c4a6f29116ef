package io.cxonebatch.application.port.in;

/**
 * Provisions one validated campaign-plan row in CXone, idempotently on its external key: running the same row
 * twice creates one campaign, attaches one dialer rule and requests one activation at most.
 */
public interface ProvisionCampaignUseCase {

    /**
     * Creates (or adopts, or resumes) the row's campaign and brings it to the state the row asks for. Failures of
     * CXone calls are reported in the result, not thrown.
     */
    ProvisioningResult provision(ProvisionCampaignCommand command);
}
