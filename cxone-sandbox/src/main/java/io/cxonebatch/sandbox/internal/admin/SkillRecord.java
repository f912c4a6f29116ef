package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.Json;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One skill as the sandbox keeps it; guarded by the {@link AdminState} monitor. */
final class SkillRecord {

    final int skillId;
    final int mediaTypeId;
    final boolean outbound;
    final long createdAtMillis;
    String name;
    @Nullable String outboundStrategy;
    int campaignId;
    boolean active = true;
    boolean running;
    /** The other fields of the create and update bodies, as sent. */
    ObjectNode attributes;
    ObjectNode generalSettings = GeneralSettings.defaults();
    ObjectNode scheduleSettings = ScheduleSettings.defaults();
    ObjectNode deliveryPreferences = DeliveryPreferences.defaults();
    final Map<Integer, SkillAgent> agents = new TreeMap<>();

    SkillRecord(int skillId, String name, int mediaTypeId, boolean outbound, @Nullable String outboundStrategy, int campaignId,
            ObjectNode attributes, long createdAtMillis) {
        this.skillId = skillId;
        this.name = name;
        this.mediaTypeId = mediaTypeId;
        this.outbound = outbound;
        this.outboundStrategy = outboundStrategy;
        this.campaignId = campaignId;
        this.attributes = attributes;
        this.createdAtMillis = createdAtMillis;
    }

    /** One agent's assignment to the skill. */
    record SkillAgent(int agentId, int proficiency, boolean active, long updatedAtMillis) {
    }

    ObjectNode toStateJson() {
        ObjectNode json = Json.object()
                .put("skillId", skillId)
                .put("name", name)
                .put("mediaTypeId", mediaTypeId)
                .put("outbound", outbound)
                .put("outboundStrategy", outboundStrategy)
                .put("campaignId", campaignId)
                .put("active", active)
                .put("running", running)
                .put("createdAtMillis", createdAtMillis);
        json.set("attributes", attributes);
        json.set("generalSettings", generalSettings);
        json.set("scheduleSettings", scheduleSettings);
        json.set("deliveryPreferences", deliveryPreferences);
        json.set("agents", Json.MAPPER.valueToTree(agents.values()));
        return json;
    }

    static SkillRecord fromStateJson(JsonNode json) {
        JsonNode strategy = json.path("outboundStrategy");
        SkillRecord skill = new SkillRecord(json.required("skillId").asInt(), json.required("name").asString(),
                json.required("mediaTypeId").asInt(), json.required("outbound").asBoolean(),
                strategy.isString() ? strategy.asString() : null, json.required("campaignId").asInt(),
                (ObjectNode) json.required("attributes"), json.required("createdAtMillis").asLong());
        skill.active = json.path("active").asBoolean(true);
        skill.running = json.path("running").asBoolean(false);
        skill.generalSettings = (ObjectNode) json.required("generalSettings");
        skill.scheduleSettings = (ObjectNode) json.required("scheduleSettings");
        skill.deliveryPreferences = DeliveryPreferences.fromState(json.path("deliveryPreferences"));
        for (JsonNode agent : json.path("agents").values()) {
            SkillAgent parsed = Json.MAPPER.treeToValue(agent, SkillAgent.class);
            skill.agents.put(parsed.agentId(), parsed);
        }
        return skill;
    }
}
