package io.cxonebatch.domain.campaign;

/**
 * The predictive pacing rule attached to a campaign. This record checks only what any rule must hold; the
 * configured engine limits are checked by {@link CampaignLimits}.
 *
 * @param abandonThreshold fraction of connected calls that may be abandoned, in [0, 1]
 * @param predictiveRate calls placed per available agent, above 0
 * @param maxConcurrentCalls calls in progress at once, at least 1
 * @param targetListId the contact list the rule dials
 */
public record DialerRule(double abandonThreshold, double predictiveRate, int maxConcurrentCalls, String targetListId) {

    public DialerRule {
        if (targetListId == null || targetListId.isBlank()) {
            throw new IllegalArgumentException("dialer rule needs a target list");
        }
        if (!(abandonThreshold >= 0 && abandonThreshold <= 1)) {
            throw new IllegalArgumentException("dialer rule abandon threshold " + abandonThreshold + " is not a fraction in [0, 1]");
        }
        if (!(predictiveRate > 0) || Double.isInfinite(predictiveRate)) {
            throw new IllegalArgumentException("dialer rule predictive rate " + predictiveRate + " must be above 0");
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("dialer rule max concurrent calls " + maxConcurrentCalls + " must be at least 1");
        }
    }
}
