package io.cxonebatch.application.provisioning.port.in;

/**
 * One pass of provisioning over the rows of a plan. The rows of a pass share one reading of CXone's campaign
 * listing, made when a row first needs it, so that rows already in place cost no call of their own. A pass is
 * thread-safe; start a new one for each run (or restart) so that it reads CXone afresh.
 */
public interface ProvisioningPass {

    /**
     * Creates (or adopts, or resumes) the row's campaign and brings it to the state the row asks for. Failures of
     * CXone calls are reported in the result, not thrown.
     */
    ProvisioningResult provision(ProvisionCampaignCommand command);
}
