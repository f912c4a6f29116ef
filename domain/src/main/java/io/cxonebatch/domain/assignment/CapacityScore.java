package io.cxonebatch.domain.assignment;

/**
 * How much room an agent has for more calls: {@code (target - recent) / target}, floored at 0. An agent with no
 * recent calls scores 1; one at or above the target scores 0.
 *
 * @param targetCallsPerHour the call rate an agent is expected to sustain, above 0
 */
public record CapacityScore(double targetCallsPerHour) {

    public CapacityScore {
        if (!(targetCallsPerHour > 0) || Double.isInfinite(targetCallsPerHour)) {
            throw new IllegalArgumentException("target calls per hour " + targetCallsPerHour + " must be above 0");
        }
    }

    /** The score for an agent with {@code recentCallsPerHour} (0 when unknown). */
    public double of(double recentCallsPerHour) {
        return Math.max(0.0, (targetCallsPerHour - recentCallsPerHour) / targetCallsPerHour);
    }

    public double of(RosterAssignment agent) {
        return of(agent.recentCallRate());
    }
}
