package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.Json;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One item of {@code POST /skills}: checked on its own, so a bad item fails alone. Needed: {@code skillName}, unused
 * (case ignored, in the tenant and in the batch); a known {@code mediaTypeId}; a known {@code campaignId}, which
 * [MCP] found required in practice for every skill; for outbound skills {@code "Personal Connection"}, the only
 * strategy shown, on a phone skill; for inbound phone skills the four service-level fields the docs call optional.
 * The skill starts active and not running.
 */
final class SkillCreation {

    static final Set<String> CORE_FIELDS = Set.of("skillName", "mediaTypeId", "isOutbound", "outboundStrategy", "campaignId",
            "isActive");
    private static final Set<String> INBOUND_PHONE_FIELDS = Set.of("serviceLevelThreshold", "serviceLevelGoal",
            "enableShortAbandon", "shortAbandonThreshold");

    private final AdminState state;
    private final AdminConfig config;
    private final Clock clock;

    SkillCreation(AdminState state, AdminConfig config, Clock clock) {
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    /** Creates the skill of one item; the item's error, or null when it was created. */
    @Nullable String create(JsonNode item, Set<String> namesInBatch) {
        if (!item.isObject()) {
            return "each skill must be an object";
        }
        String name = item.path("skillName").isString() ? item.path("skillName").asString().trim() : "";
        if (!name.isEmpty()) {
            synchronized (state) {
                state.creationAttempts.merge(name, 1, Integer::sum);
                state.touch();
            }
        }
        try {
            ObjectNode fields = (ObjectNode) item;
            if (name.isEmpty()) {
                return "skillName is required";
            }
            int mediaTypeId = fields.path("mediaTypeId").isIntegralNumber() ? fields.path("mediaTypeId").asInt() : -1;
            if (MediaTypes.name(mediaTypeId) == null) {
                return "mediaTypeId " + fields.path("mediaTypeId") + " is not a valid media type";
            }
            if (fields.has("isOutbound") && !fields.path("isOutbound").isBoolean()) {
                return "isOutbound must be a boolean";
            }
            boolean outbound = fields.path("isOutbound").asBoolean(false);
            String strategy = fields.path("outboundStrategy").isString() ? fields.path("outboundStrategy").asString() : null;
            if (outbound && !MediaTypes.PERSONAL_CONNECTION.equals(strategy)) {
                return "outboundStrategy must be \"Personal Connection\" for an outbound skill, got " + fields.path("outboundStrategy");
            }
            if (outbound && mediaTypeId != MediaTypes.PHONE) {
                return "an outbound skill must have mediaTypeId 4 (phone)";
            }
            if (!outbound && strategy != null) {
                return "outboundStrategy is only for outbound skills";
            }
            if (!fields.has("campaignId")) {
                return "campaignId is required";
            }
            int campaignId = campaign(config, fields.path("campaignId"));
            if (!outbound && mediaTypeId == MediaTypes.PHONE) {
                for (String field : INBOUND_PHONE_FIELDS) {
                    if (!fields.has(field)) {
                        return field + " is required for an inbound phone skill";
                    }
                }
            }
            ObjectNode attributes = Json.object();
            fields.properties().forEach(entry -> {
                if (!CORE_FIELDS.contains(entry.getKey())) {
                    attributes.set(entry.getKey(), entry.getValue());
                }
            });
            synchronized (state) {
                if (!namesInBatch.add(name.toLowerCase(Locale.ROOT)) || state.skillNamed(name).isPresent()) {
                    return "a skill named " + name + " already exists";
                }
                SkillRecord skill = new SkillRecord(state.nextSkillId(), name, mediaTypeId, outbound, strategy, campaignId,
                        attributes, clock.millis());
                state.skills.put(skill.skillId, skill);
                state.touch();
            }
            return null;
        } catch (AdminRejection e) {
            return e.getMessage();
        }
    }

    /** A campaign id of a body, which must name a reporting group of the tenant. */
    static int campaign(AdminConfig config, JsonNode value) {
        if (!value.isIntegralNumber() && !(value.isString() && value.asString().matches("[0-9]+"))) {
            throw AdminRejection.invalid("campaignId must be a number, got " + value);
        }
        int id = value.isIntegralNumber() ? value.asInt() : Integer.parseInt(value.asString());
        if (config.campaigns().stream().noneMatch(campaign -> campaign.id() == id)) {
            throw AdminRejection.invalid("campaign " + id + " does not exist");
        }
        return id;
    }
}
