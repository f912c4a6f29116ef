package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxAgent;
import io.cxonebatch.sandbox.SandboxAssignment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /api/v2/outbound/campaigns/{id}/agents}: replaces the agents of a preview campaign. 404 for an unknown
 * campaign, whatever the body; 422 on a schema violation or a campaign that is not PREVIEW; 409 when the agents
 * exceed the campaign's capacity, which is the engine-wide one unless the campaign's name was given its own.
 */
public final class AgentEndpoint implements Endpoint {

    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private final SandboxState state;
    private final ToIntFunction<String> capacityByName;
    private final Clock clock;

    /**
     * Capacity is looked up by the campaign's name on every request, so that a test can set it before the campaign
     * has an id.
     *
     * @param capacityByName the agents a campaign of the given name accepts
     */
    public AgentEndpoint(SandboxState state, ToIntFunction<String> capacityByName, Clock clock) {
        this.state = state;
        this.capacityByName = capacityByName;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        CampaignRecord campaign = CampaignEndpoints.find(state, request.pathVariable("id"));
        BodyReader in = BodyReader.of(request.jsonObject(), 422);
        if (!in.has("agents")) {
            throw in.reject("agents is required");
        }
        List<SandboxAgent> agents = new ArrayList<>();
        Set<String> userIds = new HashSet<>();
        for (BodyReader agent : in.objects("agents")) {
            SandboxAgent parsed = agent(agent);
            if (!userIds.add(parsed.userId())) {
                throw agent.reject("agent " + parsed.userId() + " appears more than once");
            }
            agents.add(parsed);
        }
        if (!campaign.type().equals("PREVIEW")) {
            throw new RequestRejectedException(422, "campaign " + campaign.id() + " is " + campaign.type()
                    + "; agents are assigned to PREVIEW campaigns only");
        }
        int capacity = capacityByName.applyAsInt(campaign.name());
        if (agents.size() > capacity) {
            throw new RequestRejectedException(409, agents.size() + " agents exceed the capacity of " + capacity
                    + " agents of campaign " + campaign.id());
        }
        Instant now = clock.instant();
        SandboxAssignment assignment;
        synchronized (campaign) {
            // A campaign deleted since it was found takes no assignment: it would outlive the campaign.
            if (!state.isCurrent(campaign)) {
                throw new RequestRejectedException(404, "campaign " + campaign.id() + " not found");
            }
            assignment = new SandboxAssignment(state.nextAssignmentId(), campaign.id(), agents, now);
            state.putAssignment(assignment);
        }
        ObjectNode body = Json.object()
                .put("campaignId", campaign.id())
                .put("agentsUpdated", agents.size())
                .put("assignmentId", assignment.assignmentId())
                .put("timestamp", now.toString());
        return ApiResponse.json(200, body);
    }

    private static SandboxAgent agent(BodyReader agent) {
        String userId = agent.requiredText("userId");
        List<String> skills = agent.texts("skills");
        if (skills == null || skills.isEmpty() || skills.stream().anyMatch(String::isBlank)) {
            throw agent.reject(agent.name("skills") + " must name at least one skill, none blank");
        }
        BodyReader window = agent.object("availabilityWindow");
        if (window == null) {
            throw agent.reject(agent.name("availabilityWindow") + " is required");
        }
        String start = time(window, "start");
        String end = time(window, "end");
        String zone = window.requiredText("timezone");
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw window.reject(window.name("timezone") + " '" + zone + "' is not a known IANA zone id");
        }
        Integer maxConcurrentCalls = agent.integer("maxConcurrentCalls");
        if (maxConcurrentCalls == null || (maxConcurrentCalls != 1 && maxConcurrentCalls != 2)) {
            throw agent.reject(agent.name("maxConcurrentCalls") + " must be 1 or 2, got " + maxConcurrentCalls);
        }
        return new SandboxAgent(userId, skills, start, end, zone, maxConcurrentCalls);
    }

    private static String time(BodyReader window, String field) {
        String value = window.requiredText(field);
        if (!HH_MM.matcher(value).matches()) {
            throw window.reject(window.name(field) + " '" + value + "' is not a time of day as HH:mm");
        }
        return value;
    }
}
