package io.cxonebatch.application.port.out.assignment;

import io.cxonebatch.domain.campaign.CampaignId;
import java.time.Instant;
import java.util.List;

/**
 * One accepted {@code PUT …/agents} of a preview campaign.
 *
 * @param externalKey the campaign's key in the registry
 * @param rosterFingerprint what the roster asked for this campaign (agents, skills, windows, concurrency), hashed: a
 *     later run asking the same finds it already dispatched
 * @param requestedAgents the user ids the roster asked for, in roster order
 * @param sentAgents the user ids of the accepted dispatch (fewer than requested after a rebalance)
 * @param acceptedAgents how many agents CXone said it updated
 * @param assignmentId CXone's id of the assignment
 * @param rebalances how many dispatches CXone refused for capacity before this one
 */
public record AgentDispatch(CampaignId campaignId, String externalKey, String rosterFingerprint,
        List<String> requestedAgents, List<String> sentAgents, int acceptedAgents, String assignmentId, int rebalances,
        long jobExecutionId, Instant dispatchedAt) {

    public AgentDispatch {
        requestedAgents = List.copyOf(requestedAgents);
        sentAgents = List.copyOf(sentAgents);
    }

    /** The requested agents this dispatch left out, in roster order. */
    public List<String> leftOut() {
        return requestedAgents.stream().filter(agent -> !sentAgents.contains(agent)).toList();
    }
}
