package io.cxonebatch.domain.assignment;

/**
 * A checked roster row: the assignment to dispatch, the campaign it is for and the agent's recent workload.
 *
 * @param campaignReference the plan's external key or the CXone id of the preview campaign, as written
 * @param recentCallRate calls per hour the agent handled recently; 0 when the roster gave none
 */
public record RosterAssignment(String campaignReference, AgentAssignment assignment, double recentCallRate) {

    public RosterAssignment {
        if (campaignReference == null || campaignReference.isBlank()) {
            throw new IllegalArgumentException("a roster assignment needs a campaign reference");
        }
        if (assignment == null) {
            throw new IllegalArgumentException("roster assignment for '" + campaignReference + "' needs an assignment");
        }
        if (!(recentCallRate >= 0) || Double.isInfinite(recentCallRate)) {
            throw new IllegalArgumentException("recent call rate " + recentCallRate + " of " + assignment.userId()
                    + " must be a finite number of at least 0");
        }
    }

    public String userId() {
        return assignment.userId();
    }
}
