package io.cxonebatch.sandbox;

import io.cxonebatch.sandbox.internal.CampaignStatus;
import io.cxonebatch.sandbox.internal.OperatorActions;
import java.util.Arrays;

/**
 * Another operator of the tenant, changing what CXone holds behind the client's back, so that a test can check how
 * a client copes with a campaign it did not change itself. Neither method checks the lifecycle: that is the point,
 * since a real tenant can report transitions the lifecycle forbids (COMPLETED back to ACTIVE) or lose a campaign
 * between two reads. Thread-safe; with a state file, both changes survive a restart like any other.
 */
public final class SandboxOperator {

    private final OperatorActions actions;

    SandboxOperator(OperatorActions actions) {
        this.actions = actions;
    }

    /**
     * Puts a campaign in {@code status} at once, from whatever status it is in, and moves it to its next version
     * (so a client holding the old one meets 412). An activation still under way is dropped: its delay no longer
     * moves the campaign. Set to {@code ACTIVATING}, the campaign stays so until told otherwise, an activation that
     * never ends.
     *
     * @param status one of DRAFT, SCHEDULED, ACTIVATING, ACTIVE, PAUSED, COMPLETED, FAILED, CANCELED, ignoring case
     * @throws IllegalArgumentException for an unknown campaign or an unknown status
     */
    public void setStatus(String campaignId, String status) {
        CampaignStatus next = CampaignStatus.named(status).orElseThrow(() -> new IllegalArgumentException(
                "status must be one of " + Arrays.toString(CampaignStatus.values()) + ", got '" + status + "'"));
        if (!actions.setStatus(campaignId, next)) {
            throw unknown(campaignId);
        }
    }

    /**
     * Deletes a campaign: from now on {@code GET /api/v2/campaigns/{id}}, its outbound settings, its activation,
     * its agents and its analytics answer 404, no page of either listing shows it, and its name is free for a new
     * campaign. Its id is never given again. Its dialer rules and assignment history stay in the inspection, as
     * records of what clients did; its current assignment goes with it.
     *
     * @throws IllegalArgumentException for an unknown campaign, one deleted already included
     */
    public void delete(String campaignId) {
        if (!actions.delete(campaignId)) {
            throw unknown(campaignId);
        }
    }

    private static IllegalArgumentException unknown(String campaignId) {
        return new IllegalArgumentException("campaign " + campaignId + " not found");
    }
}
