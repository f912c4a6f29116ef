package io.cxonebatch.sandbox.internal;

/**
 * What another operator of the tenant does to campaigns behind the client's back, without a token and without the
 * lifecycle's checks: the one place both {@code SandboxOperator} and the admin API change state through, so that
 * the two cannot drift apart. Each change marks the state changed, so a state file keeps it.
 */
public final class OperatorActions {

    private final SandboxState state;

    public OperatorActions(SandboxState state) {
        this.state = state;
    }

    /**
     * Puts a campaign in {@code status} at once, dropping any activation under way, and moves it to the next
     * version as any change does.
     *
     * @return false for an unknown campaign
     */
    public boolean setStatus(String campaignId, CampaignStatus status) {
        CampaignRecord campaign = state.campaign(campaignId).orElse(null);
        if (campaign == null) {
            return false;
        }
        synchronized (campaign) {
            if (!state.isCurrent(campaign)) {
                return false;
            }
            campaign.overrideStatus(status);
            state.touch();
        }
        return true;
    }

    /**
     * Deletes a campaign: every API route naming it answers 404 from now on, and no listing shows it.
     *
     * @return false for an unknown campaign, one deleted already included
     */
    public boolean delete(String campaignId) {
        return state.removeCampaign(campaignId);
    }

    /** Whether a campaign of this id exists now. */
    public boolean exists(String campaignId) {
        return state.campaign(campaignId).isPresent();
    }
}
