package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.SandboxContactList;
import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.ContactRows;
import io.cxonebatch.sandbox.internal.GeneratedContact;
import io.cxonebatch.sandbox.internal.Json;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Call lists (§6): the definition (its fields in the query, the destination mappings in the body), the upload
 * ({@link CallListUpload}), its jobs, and the whole-list download, which has no paging in any source. A seeded
 * list's records are generated row by row into the response, as the contract's contact lists are, never held.
 */
final class CallListEndpoints {

    /** Seeded lists share numbers with this seeded DNC group ({@link #writeSeeded}). */
    static final int DNC_OVERLAP_GROUP = 1;
    static final int DNC_OVERLAP_STRIDE = 50;

    private final AdminState state;
    private final Clock clock;
    private final long seed;

    CallListEndpoints(AdminState state, Clock clock, long seed) {
        this.state = state;
        this.clock = clock;
        this.seed = seed;
    }

    ApiResponse create(ApiRequest request) {
        String name = required(request, "listName");
        String externalIdColumn = required(request, "externalIdColumn");
        JsonNode mappings = request.jsonObject().path("destinationMappings");
        if (!mappings.isArray() || mappings.isEmpty()) {
            throw AdminRejection.invalid("destinationMappings must name at least one destination column");
        }
        for (JsonNode mapping : mappings.values()) {
            if (!mapping.path("fieldName").isString() || !mapping.path("fieldValue").isString()) {
                throw AdminRejection.invalid("each destination mapping needs fieldName and fieldValue");
            }
        }
        synchronized (state) {
            if (state.callLists.values().stream().anyMatch(list -> list.name.equalsIgnoreCase(name))) {
                throw AdminRejection.invalid("a call list named " + name + " already exists");
            }
            AdminState.CallList list = new AdminState.CallList();
            list.listId = state.nextListId();
            list.name = name;
            list.externalIdColumn = externalIdColumn;
            list.destinationMappings = (ArrayNode) mappings;
            list.createdAtMillis = clock.millis();
            state.callLists.put(list.listId, list);
            state.touch();
            return ApiResponse.json(200, Json.object().put("listId", list.listId));
        }
    }

    ApiResponse list(ApiRequest request) {
        synchronized (state) {
            state.settleJobs(clock.millis());
            ObjectNode body = Json.object().put("totalRecords", state.callLists.size());
            body.putObject("_links").put("self", request.path()).putNull("next").putNull("previous");
            ArrayNode rows = body.putArray("callingLists");
            state.callLists.values().forEach(list -> rows.add(summary(list).put("listId", list.listId).put("listName", list.name)));
            return ApiResponse.json(200, body);
        }
    }

    ApiResponse jobs(ApiRequest request) {
        synchronized (state) {
            ObjectNode body = Json.object();
            body.putObject("_links").put("self", request.path()).putNull("next").putNull("previous");
            body.put("businessUnitId", 0).put("lastPollTime", clock.instant().toString()).put("totalRecords", state.jobs.size());
            ArrayNode rows = body.putArray("uploadJobs");
            state.jobs.values().forEach(job -> rows.add(job(job)));
            return ApiResponse.json(200, body);
        }
    }

    ApiResponse job(ApiRequest request) {
        String jobId = request.pathVariable("jobId");
        synchronized (state) {
            AdminState.UploadJob job = state.jobs.values().stream().filter(candidate -> candidate.jobId().equals(jobId))
                    .findFirst().orElseThrow(() -> AdminRejection.notFound("job " + jobId + " not found"));
            ObjectNode body = Json.object();
            body.putArray("uploadJobs").add(job(job));
            return ApiResponse.json(200, body);
        }
    }

    ApiResponse download(ApiRequest request) {
        boolean includeRecords = flag(request, "includeRecords");
        boolean finalizedOnly = flag(request, "finalized");
        AdminState.CallList list;
        List<ObjectNode> uploaded;
        ObjectNode summary;
        long dncRecords;
        synchronized (state) {
            state.settleJobs(clock.millis());
            list = find(state, request.pathVariable("listId"));
            uploaded = List.copyOf(list.records);
            summary = summary(list);
            AdminState.DncGroup group = state.dncGroups.get(DNC_OVERLAP_GROUP);
            dncRecords = group == null ? 0 : group.seededSize;
        }
        long rows = list.seededSize > 0 ? list.seededSize : uploaded.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(includeRecords && !finalizedOnly ? (int) Math.min(rows * 110 + 512, Integer.MAX_VALUE - 8) : 512);
        try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectPropertyStart("resultSet");
            json.writeStringProperty("listName", list.name);
            json.writeStringProperty("lastPollTime", clock.instant().toString());
            summary.properties().forEach(entry -> {
                json.writeName(entry.getKey());
                json.writeTree(entry.getValue());
            });
            json.writeNullProperty("listExpirationDate");
            json.writeArrayPropertyStart("contactRecords");
            if (includeRecords && !finalizedOnly) {
                if (list.seededSize > 0) {
                    writeSeeded(json, list, dncRecords);
                } else {
                    uploaded.forEach(json::writeTree);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        return ApiResponse.rawJson(200, out.toByteArray());
    }

    static AdminState.CallList find(AdminState state, String raw) {
        AdminState.CallList list = raw.matches("[0-9]{1,9}") ? state.callLists.get(Integer.parseInt(raw)) : null;
        if (list == null) {
            throw AdminRejection.notFound("call list " + raw + " not found");
        }
        return list;
    }

    /**
     * The generated records of a seeded list. Every {@value #DNC_OVERLAP_STRIDE}th one dials a number of seeded DNC group
     * {@value #DNC_OVERLAP_GROUP}, so that a cross-reference of the seeds has something to find, as a real tenant's would.
     */
    private void writeSeeded(JsonGenerator json, AdminState.CallList list, long dncRecords) {
        SandboxContactList generated = new SandboxContactList("calllist-" + list.listId, list.seededSize, "NA-EAST");
        ContactRows rows = new ContactRows(seed, List.of(generated));
        for (long i = 0; i < list.seededSize; i++) {
            GeneratedContact contact = rows.contact(generated, i);
            boolean suppressed = dncRecords > 0 && i % DNC_OVERLAP_STRIDE == DNC_OVERLAP_STRIDE - 1;
            json.writeStartObject();
            json.writeStringProperty("ExternalId", contact.id());
            json.writeStringProperty("PhoneNumber", suppressed
                    ? DncNumbers.number(DNC_OVERLAP_GROUP, (i / DNC_OVERLAP_STRIDE + list.listId * 97L) % dncRecords)
                    : contact.phoneNumber());
            json.writeStringProperty("FirstName", contact.firstName());
            json.writeStringProperty("LastName", contact.lastName());
            json.writeEndObject();
        }
    }

    private static ObjectNode summary(AdminState.CallList list) {
        long valid = list.seededSize > 0 ? list.seededSize : list.records.size();
        ObjectNode json = Json.object()
                .put("prospectiveContactCount", valid)
                .put("status", "Active")
                .put("totalRecords", valid + list.invalidRecords)
                .put("invalidRecords", list.invalidRecords)
                .put("validRecords", valid)
                .put("finalizedRecords", 0)
                .put("createDate", Instant.ofEpochMilli(list.createdAtMillis).toString())
                .put("uploadDate", list.uploadedAtMillis == 0 ? null : Instant.ofEpochMilli(list.uploadedAtMillis).toString())
                .put("updateDate", Instant.ofEpochMilli(Math.max(list.createdAtMillis, list.uploadedAtMillis)).toString())
                .putNull("removeDate");
        ArrayNode skills = json.putArray("skills");
        list.skillIds.forEach(skills::add);
        return json;
    }

    private ObjectNode job(AdminState.UploadJob job) {
        boolean complete = job.dueAtMillis <= clock.millis();
        AdminState.CallList list = state.callLists.get(job.listId);
        return Json.object()
                .put("jobId", job.jobId())
                .put("listId", job.listId)
                .put("listName", list == null ? "" : list.name)
                .put("startDate", Instant.ofEpochMilli(job.submittedAtMillis).toString())
                .put("submitDate", Instant.ofEpochMilli(job.submittedAtMillis).toString())
                .put("isComplete", complete)
                .put("isCancelled", false)
                .put("completedDate", complete ? Instant.ofEpochMilli(job.dueAtMillis).toString() : null);
    }

    private static String required(ApiRequest request, String name) {
        String value = request.queryParameter(name);
        if (value == null || value.isBlank()) {
            throw AdminRejection.invalid(name + " is required (a query parameter)");
        }
        return value;
    }

    private static boolean flag(ApiRequest request, String name) {
        String value = request.queryParameter(name);
        if (value == null) {
            return false;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw AdminRejection.invalid(name + " must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }
}
