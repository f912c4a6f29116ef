package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.AssignAgentsPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A skill's agents over the Admin API, which has no call that replaces the set and no capacity answer (ADR 10): the
 * agents assigned are read, then at most three calls add, activate and remove what differs ({@link SkillAgentDiff}),
 * in that order, so that wanted agents are assigned before others leave. Nothing guards the set between the read and
 * the calls, so the answer is unguarded. Each call answers 200 with a verdict per agent, read by {@link BatchResult}.
 * There is no assignment resource, so the assignment id names the skill's agents.
 */
public final class AdminAgentAdapter implements AssignAgentsPort {

    private final AdminTransport transport;

    AdminAgentAdapter(AdminTransport transport) {
        this.transport = transport;
    }

    /**
     * @param agents each {@link AgentAssignment#userId()} is the CXone agent id
     * @return {@code skill-<id>-agents} and how many agents were added, activated or removed, with the last call's status
     * @throws CxoneRejectedException with status 0, nothing sent, when an id is no whole number; with the failed
     *     agents' ids when CXone refused some of them (the calls before it stay applied; calling again sends what is left)
     * @throws CxoneOutcomeUnknownException when an answer says nothing of some agents
     */
    @Override
    public CxoneAnswer<AgentsAssigned> assignAgents(CampaignId campaignId, List<AgentAssignment> agents) {
        String skillId = SkillIds.of(campaignId, AdminEndpoint.LIST_SKILL_AGENTS);
        Set<String> wanted = new LinkedHashSet<>();
        for (AgentAssignment agent : agents) {
            wanted.add(agentId(agent.userId()));
        }
        URI apiBase = transport.apiBase.get();
        JsonNode listed = transport.executor.call(AdminEndpoint.LIST_SKILL_AGENTS,
                authorization -> transport.skillAgents.list(apiBase, authorization, skillId));
        SkillAgentDiff diff = SkillAgentDiff.of(assigned(listed), wanted);
        int status = 200;
        status = send(AdminEndpoint.ADD_SKILL_AGENTS, diff.added(), SkillAgentDiff.DEFAULT_PROFICIENCY, status,
                request -> authorization -> transport.skillAgents.add(apiBase, authorization, skillId, request));
        status = send(AdminEndpoint.UPDATE_SKILL_AGENTS, diff.activated(), null, status,
                request -> authorization -> transport.skillAgents.update(apiBase, authorization, skillId, request));
        status = send(AdminEndpoint.REMOVE_SKILL_AGENTS, diff.removed(), null, status,
                request -> authorization -> transport.skillAgents.remove(apiBase, authorization, skillId, request));
        // Read, diffed, then written: a change made by someone else in between is overwritten unseen.
        return CxoneAnswer.unguarded(new AgentsAssigned("skill-" + skillId + "-agents", diff.size()), status);
    }

    /** Sends one call for the agents, when there are any, and reads its verdicts; answers the status to report. */
    private int send(AdminEndpoint endpoint, List<String> agentIds, @Nullable Integer proficiency, int status,
            Function<SkillAgentsRequest, Function<String, AdminReply>> call) {
        if (agentIds.isEmpty()) {
            return status;
        }
        boolean removal = endpoint == AdminEndpoint.REMOVE_SKILL_AGENTS;
        SkillAgentsRequest request = new SkillAgentsRequest(agentIds.stream()
                .map(agentId -> new SkillAgentsRequest.Agent(agentId, proficiency, removal ? null : Boolean.TRUE)).toList());
        AdminReply reply = transport.executor.call(endpoint, call.apply(request));
        BatchResult result = BatchResult.read(reply.body(), "agentResults", agentIds.size());
        List<String> failed = new ArrayList<>();
        List<String> unreported = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (BatchResult.Item item : result.items()) {
            String agentId = agentIds.get(item.index());
            switch (item.verdict()) {
                case FAILED -> {
                    failed.add(agentId);
                    if (item.error() != null) {
                        reasons.add(item.error());
                    }
                }
                case UNREPORTED -> unreported.add(agentId);
                case SUCCEEDED -> { }
            }
        }
        if (!failed.isEmpty()) {
            throw new CxoneRejectedException(endpoint.operation(), reply.status(), "CXone refused agents " + failed
                    + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)), null);
        }
        if (!unreported.isEmpty()) {
            throw new CxoneOutcomeUnknownException(endpoint.operation(), reply.status(), "the answer says nothing of agents "
                    + unreported + "; read the skill's agents to see whether they changed", null);
        }
        return reply.status();
    }

    /** The assigned agents and whether each assignment is active; fails when the answer holds fewer than its total. */
    private static Map<String, Boolean> assigned(JsonNode listed) {
        String operation = AdminEndpoint.LIST_SKILL_AGENTS.operation();
        if (listed == null || !listed.isObject()) {
            throw new CxoneUnavailableException(operation, 200, "response lacks the skill's agents", null);
        }
        JsonNode rows = AdminJson.holderOf(listed, "agentSkillAssignments").get("agentSkillAssignments");
        Map<String, Boolean> assigned = new LinkedHashMap<>();
        if (rows != null && rows.isArray()) {
            for (JsonNode row : rows.values()) {
                String agentId = row.isObject() ? AdminJson.text(row, "agentId") : null;
                if (agentId != null) {
                    assigned.put(agentId, !Boolean.FALSE.equals(AdminJson.flag(row, "isActive")));
                }
            }
        }
        OptionalLong total = AdminJson.count(AdminJson.holderOf(listed, "totalRecords"), "totalRecords");
        if (total.isPresent() && total.getAsLong() > assigned.size()) {
            throw new CxoneUnavailableException(operation, 200, "the answer lists " + assigned.size() + " of the skill's "
                    + total.getAsLong() + " agents; a change computed from part of them would add and remove wrongly", null);
        }
        return assigned;
    }

    private static String agentId(String userId) {
        String id = userId.strip();
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            throw new CxoneRejectedException(AdminEndpoint.LIST_SKILL_AGENTS.operation(), 0, "'" + userId
                    + "' is no agent id: the Admin API names agents by whole numbers; nothing was sent", null);
        }
        return id;
    }
}
