package io.cxonebatch.domain.campaign;

/**
 * The predictive pacing rule attached to a campaign.
 *
 * @param abandonThreshold fraction of connected calls that may be abandoned, in [0, 1]
 * @param predictiveRate calls placed per available agent, above 0
 * @param maxConcurrentCalls calls in progress at once
 * @param targetListId the contact list the rule dials
 */
public record DialerRule(double abandonThreshold, double predictiveRate, int maxConcurrentCalls, String targetListId) {

    public DialerRule {
        if (targetListId == null || targetListId.isBlank()) {
            throw new IllegalArgumentException("dialer rule needs a target list");
        }
    }
}
