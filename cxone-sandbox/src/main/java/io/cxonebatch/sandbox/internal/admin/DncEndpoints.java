package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Json;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DNC groups (§7). Groups list in {@code resultSet} with {@code validRecords} as a string (clients convert it with
 * {@code Number()}); records list whole, under the spec's {@code dncRecords} key, ignoring {@code skip}/{@code top}
 * as no source proves them; add takes {@code phoneNumber} as an integer and answers inside {@code resultSet};
 * expire takes it as a string and answers at the top level; search by number across groups.
 */
final class DncEndpoints {

    private static final String SEEDED = "2024-01-01T00:00:00Z";

    private final AdminState state;

    DncEndpoints(AdminState state) {
        this.state = state;
    }

    ApiResponse groups(ApiRequest request) {
        synchronized (state) {
            ObjectNode body = Json.object();
            ObjectNode resultSet = body.putObject("resultSet").put("totalGroups", state.dncGroups.size());
            ArrayNode groups = resultSet.putArray("dncGroups");
            state.dncGroups.values().forEach(group -> groups.add(group(group)));
            return ApiResponse.json(200, body);
        }
    }

    ApiResponse group(ApiRequest request) {
        synchronized (state) {
            ObjectNode body = Json.object();
            body.putObject("resultSet").putArray("dncGroups").add(group(find(request)));
            return ApiResponse.json(200, body);
        }
    }

    ApiResponse records(ApiRequest request) {
        AdminState.DncGroup group;
        Map<String, String> added;
        Set<String> expired;
        synchronized (state) {
            group = find(request);
            added = Map.copyOf(group.added);
            expired = Set.copyOf(group.expired);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(group.seededSize * 80 + 256, Integer.MAX_VALUE - 8));
        try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectPropertyStart("resultSet");
            json.writeNumberProperty("totalRecords", group.seededSize - expired.size() + added.size());
            json.writeArrayPropertyStart("dncRecords");
            for (long i = 0; i < group.seededSize; i++) {
                String number = DncNumbers.number(group.groupId, i);
                if (!expired.contains(number)) {
                    record(json, number, "");
                }
            }
            added.keySet().stream().sorted().forEach(number -> record(json, number, added.get(number)));
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        return ApiResponse.rawJson(200, out.toByteArray());
    }

    ApiResponse add(ApiRequest request) {
        Verdicts verdicts = eachRecord(request, (group, item) -> {
            JsonNode phone = item.path("phoneNumber");
            String number = phone.isIntegralNumber() ? phone.asString() : null;
            String error = number == null ? "phoneNumber must be an integer"
                    : number.length() != 10 ? "phoneNumber must have ten digits"
                    : contains(group, number) ? "record already exists" : null;
            if (error == null) {
                group.expired.remove(number);
                if (DncNumbers.indexOf(group.groupId, number).orElse(Long.MAX_VALUE) >= group.seededSize) {
                    group.added.put(number, item.path("expiredDate").asString(""));
                }
            }
            return new Verdict(number, error);
        });
        ObjectNode body = Json.object();
        body.putObject("resultSet").put("errorCount", verdicts.errors()).set("recordResults", verdicts.results());
        return ApiResponse.json(200, body);
    }

    ApiResponse expire(ApiRequest request) {
        Verdicts verdicts = eachRecord(request, (group, item) -> {
            JsonNode phone = item.path("phoneNumber");
            String number = phone.isString() ? phone.asString() : null;
            String error = number == null ? "phoneNumber must be a string" : !contains(group, number) ? "record not found" : null;
            if (error == null && group.added.remove(number) == null) {
                group.expired.add(number);
            }
            return new Verdict(number, error);
        });
        // Unlike an add, the verdicts of an expiry come at the top level (§7).
        ObjectNode body = Json.object().put("errorCount", verdicts.errors());
        body.set("recordResults", verdicts.results());
        return ApiResponse.json(200, body);
    }

    /** What one record of a batch came to: its number as read (null when unreadable) and the error, null on success. */
    private record Verdict(@Nullable String number, @Nullable String error) {
    }

    private record Verdicts(ArrayNode results, int errors) {
    }

    /** Applies {@code change} to each of the body's {@code dncGroupRecords}, under the state's lock, a verdict each. */
    private Verdicts eachRecord(ApiRequest request, BiFunction<AdminState.DncGroup, JsonNode, Verdict> change) {
        JsonNode items = request.jsonObject().path("dncGroupRecords");
        if (!items.isArray()) {
            throw AdminRejection.invalid("dncGroupRecords is required");
        }
        ArrayNode results = Json.array();
        int errors = 0;
        synchronized (state) {
            AdminState.DncGroup group = find(request);
            for (JsonNode item : items.values()) {
                Verdict verdict = change.apply(group, item);
                results.addObject().put("success", verdict.error() == null).put("error", verdict.error())
                        .put("formattedPhone", verdict.number() == null ? "" : verdict.number());
                errors += verdict.error() == null ? 0 : 1;
            }
            state.touch();
        }
        return new Verdicts(results, errors);
    }

    ApiResponse search(ApiRequest request) {
        String number = request.queryParameter("phoneNumber");
        if (number == null || number.isBlank()) {
            throw AdminRejection.invalid("phoneNumber is required");
        }
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("searchResults");
        synchronized (state) {
            for (AdminState.DncGroup group : state.dncGroups.values()) {
                if (contains(group, number)) {
                    results.addObject().put("dncGroupId", group.groupId).put("dncGroupName", group.name)
                            .put("dncGroupDescription", group.description).put("formattedPhone", number)
                            .put("expiredDate", group.added.getOrDefault(number, "")).put("dateCollected", SEEDED)
                            .put("lastUpdateTime", SEEDED);
                }
            }
        }
        return ApiResponse.json(200, body);
    }

    /** Records a group holds now: generated ones not expired, plus added ones. */
    static long count(AdminState.DncGroup group) {
        return group.seededSize - group.expired.size() + group.added.size();
    }

    private static boolean contains(AdminState.DncGroup group, String number) {
        if (group.added.containsKey(number)) {
            return true;
        }
        return DncNumbers.indexOf(group.groupId, number).orElse(Long.MAX_VALUE) < group.seededSize && !group.expired.contains(number);
    }

    private AdminState.DncGroup find(ApiRequest request) {
        String raw = request.pathVariable("groupId");
        AdminState.DncGroup group = raw.matches("[0-9]{1,9}") ? state.dncGroups.get(Integer.parseInt(raw)) : null;
        if (group == null) {
            throw AdminRejection.notFound("DNC group " + raw + " not found");
        }
        return group;
    }

    private static ObjectNode group(AdminState.DncGroup group) {
        return Json.object().put("dncGroupId", group.groupId).put("dncGroupName", group.name)
                .put("dncGroupDescription", group.description).put("validRecords", Long.toString(count(group)))
                .put("isActive", true).put("isRemoved", false).put("createDate", SEEDED).put("lastUpdateTime", SEEDED);
    }

    private static void record(JsonGenerator json, String number, @Nullable String expiredDate) {
        json.writeStartObject();
        json.writeStringProperty("phoneNumber", number);
        if (expiredDate == null || expiredDate.isEmpty()) {
            json.writeNullProperty("expiredDate");
        } else {
            json.writeStringProperty("expiredDate", expiredDate);
        }
        json.writeEndObject();
    }
}
