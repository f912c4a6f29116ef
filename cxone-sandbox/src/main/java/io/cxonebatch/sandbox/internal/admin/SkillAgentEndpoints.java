package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Skill agents (§5), skill-centric, with the spec's wrapped body {@code {"agents":[{"agentId":"1001","isActive",
 * "proficiency"}]}} ([MCP]'s bare array is unverified, so it is refused) and {@code agentId} a string as the spec
 * types it. POST adds agents not yet assigned, PUT changes assigned ones (never the whole set), DELETE with the same
 * body removes assigned ones; each answers 200 with {@code {resultSet:{errorCount, agentResults[]}}}.
 * Proficiency 1 to 20 ([MCP]), default 10.
 */
final class SkillAgentEndpoints {

    private enum Change { ADD, UPDATE, REMOVE }

    private final AdminState state;
    private final AdminConfig config;
    private final Clock clock;
    private final Map<Integer, AdminConfig.Agent> agents;

    SkillAgentEndpoints(AdminState state, AdminConfig config, Clock clock) {
        this.state = state;
        this.config = config;
        this.clock = clock;
        this.agents = config.agents().stream().collect(Collectors.toMap(AdminConfig.Agent::agentId, Function.identity()));
    }

    ApiResponse list(ApiRequest request) {
        synchronized (state) {
            SkillRecord skill = SkillEndpoints.find(state, request);
            ObjectNode body = Json.object();
            body.putObject("_links").put("self", request.path()).putNull("next").putNull("previous");
            body.put("lastPollTime", clock.instant().toString()).put("businessUnitId", config.businessUnitId())
                    .put("totalRecords", skill.agents.size());
            ArrayNode rows = body.putArray("agentSkillAssignments");
            skill.agents.values().forEach(assignment -> rows.add(row(skill, assignment)));
            return ApiResponse.json(200, body);
        }
    }

    ApiResponse add(ApiRequest request) {
        return change(request, Change.ADD);
    }

    ApiResponse update(ApiRequest request) {
        return change(request, Change.UPDATE);
    }

    ApiResponse remove(ApiRequest request) {
        return change(request, Change.REMOVE);
    }

    ApiResponse removeOne(ApiRequest request) {
        synchronized (state) {
            SkillRecord skill = SkillEndpoints.find(state, request);
            String raw = request.pathVariable("agentId");
            if (!raw.matches("[0-9]+") || skill.agents.remove(Integer.parseInt(raw)) == null) {
                throw AdminRejection.notFound("agent " + raw + " is not assigned to skill " + skill.skillId);
            }
            state.touch();
        }
        return new ApiResponse(200, Map.of(), new byte[0]);
    }

    private ApiResponse change(ApiRequest request, Change change) {
        JsonNode items = request.jsonObject().path("agents");
        if (!items.isArray()) {
            throw AdminRejection.invalid("agents is required: the body is {\"agents\":[...]}");
        }
        ArrayNode results = Json.array();
        int errors = 0;
        synchronized (state) {
            SkillRecord skill = SkillEndpoints.find(state, request);
            Set<Integer> seen = new HashSet<>();
            for (JsonNode item : items.values()) {
                String error = apply(skill, item, change, seen);
                results.addObject().put("agentId", item.path("agentId").asString("")).put("success", error == null).put("error", error);
                errors += error == null ? 0 : 1;
            }
            state.touch();
        }
        ObjectNode body = Json.object();
        body.putObject("resultSet").put("errorCount", errors).set("agentResults", results);
        return ApiResponse.json(200, body);
    }

    private @Nullable String apply(SkillRecord skill, JsonNode item, Change change, Set<Integer> seen) {
        JsonNode id = item.path("agentId");
        if (!id.isString() || !id.asString().matches("[0-9]{1,9}")) {
            return "agentId must be a string of digits, got " + id;
        }
        int agentId = Integer.parseInt(id.asString());
        if (!agents.containsKey(agentId)) {
            return "agent " + agentId + " does not exist";
        }
        if (!seen.add(agentId)) {
            return "agent " + agentId + " appears more than once";
        }
        SkillRecord.SkillAgent current = skill.agents.get(agentId);
        if (change == Change.ADD && current != null) {
            return "agent " + agentId + " is already assigned to skill " + skill.skillId;
        }
        if (change != Change.ADD && current == null) {
            return "agent " + agentId + " is not assigned to skill " + skill.skillId;
        }
        if (change == Change.REMOVE) {
            skill.agents.remove(agentId);
            return null;
        }
        JsonNode proficiency = item.path("proficiency");
        if (!proficiency.isMissingNode() && !(proficiency.isIntegralNumber() && proficiency.asInt() >= 1 && proficiency.asInt() <= 20)) {
            return "proficiency must be a whole number from 1 to 20, got " + proficiency;
        }
        JsonNode active = item.path("isActive");
        if (!active.isMissingNode() && !active.isBoolean()) {
            return "isActive must be a boolean";
        }
        int level = proficiency.isMissingNode() ? (current == null ? 10 : current.proficiency()) : proficiency.asInt();
        boolean isActive = active.isMissingNode() ? current == null || current.active() : active.asBoolean();
        skill.agents.put(agentId, new SkillRecord.SkillAgent(agentId, level, isActive, clock.millis()));
        return null;
    }

    private ObjectNode row(SkillRecord skill, SkillRecord.SkillAgent assignment) {
        AdminConfig.Agent agent = agents.get(assignment.agentId());
        return Json.object()
                .put("agentId", assignment.agentId())
                .put("firstName", agent == null ? "" : agent.firstName())
                .put("middleName", "")
                .put("lastName", agent == null ? "" : agent.lastName())
                .put("agentProficiencyValue", assignment.proficiency())
                .put("agentProficiencyName", Integer.toString(assignment.proficiency()))
                .put("isActive", assignment.active())
                .put("isSkillActive", skill.active)
                .put("isDialer", skill.outbound)
                .put("isNaturalCalling", false)
                .put("isNaturalCallingRunning", false)
                .put("isOutbound", skill.outbound)
                .put("outboundStrategy", skill.outboundStrategy)
                .put("skillId", skill.skillId)
                .put("skillName", skill.name)
                .put("campaignId", skill.campaignId)
                .put("mediaTypeId", skill.mediaTypeId)
                .put("mediaTypeName", MediaTypes.name(skill.mediaTypeId))
                .put("lastUpdateTime", Instant.ofEpochMilli(assignment.updatedAtMillis()).toString());
    }
}
