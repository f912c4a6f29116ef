package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Json;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parameters of outbound skills (§3): each block read flat and written wrapped in a key named after it, and the
 * composite read, whose types disagree with the blocks as the spec's do. Only Personal Connection skills have
 * them. There is no version, ETag or If-Match: the last writer wins.
 */
final class SkillParameterEndpoints {

    private final AdminState state;
    private final Clock clock;

    SkillParameterEndpoints(AdminState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    ApiResponse getGeneral(ApiRequest request) {
        return read(request, skill -> skill.generalSettings);
    }

    ApiResponse putGeneral(ApiRequest request) {
        return store(request, GeneralSettings.replace(wrapped(request, GeneralSettings.WRAPPER)),
                (skill, block) -> skill.generalSettings = block);
    }

    ApiResponse getDelivery(ApiRequest request) {
        return read(request, skill -> skill.deliveryPreferences);
    }

    ApiResponse putDelivery(ApiRequest request) {
        return store(request, DeliveryPreferences.replace(wrapped(request, DeliveryPreferences.WRAPPER)),
                (skill, block) -> skill.deliveryPreferences = block);
    }

    ApiResponse getSchedule(ApiRequest request) {
        return read(request, skill -> skill.scheduleSettings);
    }

    ApiResponse putSchedule(ApiRequest request) {
        return store(request, ScheduleSettings.validated(request.jsonObject().path(ScheduleSettings.WRAPPER)),
                (skill, block) -> skill.scheduleSettings = block);
    }

    /** A block of the skill, flat. */
    private ApiResponse read(ApiRequest request, Function<SkillRecord, ObjectNode> block) {
        synchronized (state) {
            return ApiResponse.json(200, block.apply(skill(request)).deepCopy());
        }
    }

    /** Stores a block a PUT gave, checked before the skill is looked up; the PUT answers 200 with no body. */
    private ApiResponse store(ApiRequest request, ObjectNode block, BiConsumer<SkillRecord, ObjectNode> into) {
        synchronized (state) {
            into.accept(skill(request), block);
            state.touch();
        }
        return new ApiResponse(200, Map.of(), new byte[0]);
    }

    ApiResponse composite(ApiRequest request) {
        synchronized (state) {
            SkillRecord skill = skill(request);
            state.settleJobs(clock.millis());
            ObjectNode body = Json.object().put("skillName", skill.name).put("skillNo", skill.skillId);
            body.set("generalSettings", GeneralSettings.composite(skill.generalSettings));
            body.putObject("cadenceSettings");
            body.set("deliveryPreferences", skill.deliveryPreferences.deepCopy());
            ArrayNode lists = body.putArray("callingLists");
            state.callLists.values().stream().filter(list -> list.skillIds.contains(skill.skillId))
                    .forEach(list -> lists.addObject().put("id", list.listId).put("name", list.name));
            body.putObject("cpaSettings");
            body.putObject("retrySettings")
                    .put("maximumAttempts", skill.generalSettings.path("maximumAttempts").asInt())
                    .put("minimumRetryMinutes", skill.generalSettings.path("minimumRetryMinutes").asInt());
            body.putObject("filterSettings").put("isFilterActive", false);
            body.putObject("listManagementSettings");
            body.set("scheduleSettings", ScheduleSettings.composite(skill.scheduleSettings));
            body.putArray("timeZoneSettings");
            body.putObject("xsSettings");
            return ApiResponse.json(200, body);
        }
    }

    private SkillRecord skill(ApiRequest request) {
        return SkillEndpoints.personalConnection(SkillEndpoints.find(state, request));
    }

    /** The block under its key; a flat body, without the key, is refused. */
    private static JsonNode wrapped(ApiRequest request, String key) {
        JsonNode block = request.jsonObject().path(key);
        if (!block.isObject()) {
            throw AdminRejection.invalid(key + " is required: the body is {\"" + key + "\":{...}}");
        }
        return block;
    }
}
