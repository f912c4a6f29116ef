package io.cxonebatch.application.port.out.assignment;

import io.cxonebatch.domain.campaign.CampaignId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One accepted {@code PUT …/agents} of a preview campaign.
 *
 * @param externalKey the campaign's key in the registry
 * @param rosterFingerprint what the roster asked for this campaign (agents, skills, windows, concurrency), hashed: a
 *     later run asking the same finds it already dispatched
 * @param requestedAgents the user ids the roster asked for, in roster order
 * @param sentAgents the user ids of the accepted dispatch (fewer than requested after a rebalance)
 * @param acceptedAgents how many agents CXone said it updated; null when its answer did not say
 * @param assignmentId CXone's id of the assignment
 * @param rebalances how many dispatches CXone refused for capacity before this one
 * @param runId the job instance that dispatched (a restart keeps it), so that a restart knows its own dispatches
 */
public record AgentDispatch(CampaignId campaignId, String externalKey, String rosterFingerprint,
        List<String> requestedAgents, List<String> sentAgents, @Nullable Integer acceptedAgents, String assignmentId,
        int rebalances, long runId, long jobExecutionId, Instant dispatchedAt) {

    public AgentDispatch {
        requestedAgents = List.copyOf(requestedAgents);
        sentAgents = List.copyOf(sentAgents);
    }

    /** The requested agents this dispatch left out, in roster order. */
    public List<String> leftOut() {
        return requestedAgents.stream().filter(agent -> !sentAgents.contains(agent)).toList();
    }
}
