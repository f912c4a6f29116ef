package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Skills (§2): the batch create, which answers 200 with a verdict per item and no new id; the flat read; the
 * listing by skip/top, where a new skill shows only after the listing delay and {@code totalRecords} changes form
 * from call to call; the wrapped update; start and stop of Personal Connection skills.
 */
final class SkillEndpoints {

    static final int MAX_TOP = 100;
    private static final int DEFAULT_TOP = 50;

    private final AdminState state;
    private final AdminConfig config;
    private final Clock clock;
    private final SkillCreation creation;
    private final AtomicLong listings = new AtomicLong();

    SkillEndpoints(AdminState state, AdminConfig config, Clock clock) {
        this.state = state;
        this.config = config;
        this.clock = clock;
        this.creation = new SkillCreation(state, config, clock);
    }

    ApiResponse create(ApiRequest request) {
        JsonNode items = request.jsonObject().path("skills");
        if (!items.isArray() || items.isEmpty()) {
            throw AdminRejection.invalid("skills must be a non-empty array");
        }
        ArrayNode results = Json.array();
        int errors = 0;
        Set<String> namesInBatch = new HashSet<>();
        for (JsonNode item : items.values()) {
            String error = creation.create(item, namesInBatch);
            results.addObject().put("success", error == null).put("error", error);
            errors += error == null ? 0 : 1;
        }
        ObjectNode body = Json.object().put("errorCount", errors);
        body.set("skillsResults", results);
        return ApiResponse.json(200, body);
    }

    ApiResponse get(ApiRequest request) {
        synchronized (state) {
            return ApiResponse.json(200, detail(find(state, request)));
        }
    }

    ApiResponse list(ApiRequest request) {
        int skip = SkipTop.skip(request);
        int top = Math.min(SkipTop.top(request, DEFAULT_TOP), MAX_TOP);
        Integer mediaTypeId = SkipTop.integer(request, "mediaTypeId");
        String strategy = request.queryParameter("outboundStrategy");
        long visibleFrom = clock.millis() - config.listingDelay().toMillis();
        List<ObjectNode> rows = new ArrayList<>();
        synchronized (state) {
            for (SkillRecord skill : state.skills.values()) {
                if (skill.createdAtMillis <= visibleFrom && (mediaTypeId == null || skill.mediaTypeId == mediaTypeId)
                        && (strategy == null || strategy.equals(skill.outboundStrategy))) {
                    rows.add(row(skill));
                }
            }
        }
        ArrayNode page = Json.array();
        rows.stream().skip(skip).limit(top).forEach(page::add);
        long call = listings.incrementAndGet();
        ObjectNode body = Json.object();
        ObjectNode holder = call % 3 == 0 ? body.putObject("resultSet") : body;
        if (call % 3 == 1) {
            holder.put("totalRecords", rows.size());
        } else {
            holder.put("totalRecords", Integer.toString(rows.size()));
        }
        holder.set("skills", page);
        return ApiResponse.json(200, body);
    }

    ApiResponse update(ApiRequest request) {
        JsonNode changes = request.jsonObject().path("skill");
        if (!changes.isObject()) {
            throw AdminRejection.invalid("skill is required: the body is {\"skill\":{...}}");
        }
        synchronized (state) {
            SkillRecord skill = find(state, request);
            String name = changes.path("skillName").isString() ? changes.path("skillName").asString().trim() : skill.name;
            if (name.isEmpty()) {
                throw AdminRejection.invalid("skillName must not be blank");
            }
            if (state.skillNamed(name).filter(other -> other != skill).isPresent()) {
                throw AdminRejection.invalid("a skill named " + name + " already exists");
            }
            if (changes.has("mediatypeid") && changes.path("mediatypeid").asInt() != skill.mediaTypeId) {
                throw AdminRejection.invalid("mediatypeid of skill " + skill.skillId + " cannot change");
            }
            int campaignId = changes.has("campaignId") ? SkillCreation.campaign(config, changes.path("campaignId")) : skill.campaignId;
            if (changes.has("isActive") && !changes.path("isActive").isBoolean()) {
                throw AdminRejection.invalid("isActive must be a boolean");
            }
            skill.name = name;
            skill.campaignId = campaignId;
            skill.active = changes.path("isActive").asBoolean(skill.active);
            ObjectNode attributes = skill.attributes.deepCopy();
            changes.properties().forEach(entry -> {
                if (!SkillCreation.CORE_FIELDS.contains(entry.getKey()) && !entry.getKey().equals("mediatypeid")) {
                    attributes.set(entry.getKey(), entry.getValue());
                }
            });
            skill.attributes = attributes;
            state.touch();
            return ApiResponse.json(200, Json.object().put("success", true).put("skillId", skill.skillId));
        }
    }

    ApiResponse start(ApiRequest request) {
        synchronized (state) {
            SkillRecord skill = personalConnection(find(state, request));
            if (!skill.active) {
                throw AdminRejection.invalid("skill " + skill.skillId + " is inactive");
            }
            skill.running = true;
            state.touch();
        }
        return new ApiResponse(202, Map.of(), new byte[0]);
    }

    ApiResponse stop(ApiRequest request) {
        String force = request.queryParameter("force");
        if (force == null || !(force.equalsIgnoreCase("true") || force.equalsIgnoreCase("false"))) {
            throw AdminRejection.invalid("force must be true or false");
        }
        synchronized (state) {
            personalConnection(find(state, request)).running = false;
            state.touch();
        }
        return new ApiResponse(202, Map.of(), new byte[0]);
    }

    /** The skill of the {@code skillId} path variable; 400 for an id that is no number, 404 for an unknown one. */
    static SkillRecord find(AdminState state, ApiRequest request) {
        String raw = request.pathVariable("skillId");
        int id;
        try {
            id = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw AdminRejection.invalid("skillId must be a number, got " + raw);
        }
        SkillRecord skill = state.skills.get(id);
        if (skill == null) {
            throw AdminRejection.notFound("skill " + id + " not found");
        }
        return skill;
    }

    static SkillRecord personalConnection(SkillRecord skill) {
        if (!skill.outbound || !MediaTypes.PERSONAL_CONNECTION.equals(skill.outboundStrategy)) {
            throw AdminRejection.invalid("skill " + skill.skillId + " is not a Personal Connection skill");
        }
        return skill;
    }

    private ObjectNode row(SkillRecord skill) {
        ObjectNode row = Json.object()
                .put("skillId", skill.skillId)
                .put("skillName", skill.name)
                .put("mediaTypeId", skill.mediaTypeId)
                .put("mediaTypeName", MediaTypes.name(skill.mediaTypeId))
                .put("isOutbound", skill.outbound)
                .put("outboundStrategy", skill.outboundStrategy)
                .put("campaignId", skill.campaignId)
                .put("campaignName", campaignName(skill.campaignId))
                .put("isActive", skill.active);
        if (skill.running) {
            row.put("isRunning", true);
        }
        return row;
    }

    private ObjectNode detail(SkillRecord skill) {
        ObjectNode json = skill.attributes.deepCopy();
        json.setAll(row(skill));
        json.put("TenantId", config.tenantId()).put("IsSubSkill", false);
        return json;
    }

    private String campaignName(int campaignId) {
        return config.campaigns().stream().filter(campaign -> campaign.id() == campaignId).map(AdminConfig.Campaign::name)
                .findFirst().orElse("");
    }
}
