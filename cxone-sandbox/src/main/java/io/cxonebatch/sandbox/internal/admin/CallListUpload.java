package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Endpoint;
import io.cxonebatch.sandbox.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /lists/call-lists/{listId}/upload} (§6.2): {@code listFile} (base64 of a UTF-8 CSV with a header row),
 * {@code forceOverwrite}, {@code expirationDate} ({@code YYYY-MM-DD}), {@code startSkill} and {@code sendEmail} are
 * required; {@code skillId}, when given, must be a Personal Connection skill. The CSV must have the list's external
 * id column and every mapped destination column; a row without an external id or with a destination of fewer than
 * ten digits is invalid and counted, never listed. Answers {@code {jobId}}; the rows reach the list when the job
 * completes. {@code startSkill: true} starts the skill, as the live API would dial the records at once.
 */
final class CallListUpload implements Endpoint {

    private final AdminState state;
    private final AdminConfig config;
    private final Clock clock;

    CallListUpload(AdminState state, AdminConfig config, Clock clock) {
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        for (String flag : List.of("forceOverwrite", "startSkill", "sendEmail")) {
            if (!body.path(flag).isBoolean()) {
                throw AdminRejection.invalid(flag + " is required and must be a boolean");
            }
        }
        try {
            LocalDate.parse(body.path("expirationDate").asString(""));
        } catch (DateTimeParseException e) {
            throw AdminRejection.invalid("expirationDate is required as YYYY-MM-DD");
        }
        String csv;
        try {
            csv = new String(Base64.getDecoder().decode(body.path("listFile").asString("")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AdminRejection.invalid("listFile must be base64");
        }
        List<List<String>> rows = CsvFile.rows(csv);
        if (rows.isEmpty()) {
            throw AdminRejection.invalid("listFile is required: a CSV with a header row");
        }
        synchronized (state) {
            AdminState.CallList list = CallListEndpoints.find(state, request.pathVariable("listId"));
            int skillId = skill(body.path("skillId"));
            List<String> header = rows.get(0);
            List<String> destinations = new ArrayList<>();
            list.destinationMappings.values().forEach(mapping -> destinations.add(mapping.path("fieldValue").asString()));
            for (String column : concat(list.externalIdColumn, destinations)) {
                if (!header.contains(column)) {
                    throw AdminRejection.invalid("listFile has no column " + column);
                }
            }
            AdminState.UploadJob job = new AdminState.UploadJob();
            job.seq = state.nextJobSeq();
            job.listId = list.listId;
            job.skillId = skillId;
            job.forceOverwrite = body.path("forceOverwrite").asBoolean();
            job.submittedAtMillis = clock.millis();
            job.dueAtMillis = job.submittedAtMillis + config.uploadJobDuration().toMillis();
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;
                }
                ObjectNode record = Json.object();
                for (int i = 0; i < header.size(); i++) {
                    record.put(header.get(i), i < row.size() ? row.get(i) : "");
                }
                boolean valid = !record.path(list.externalIdColumn).asString().isBlank()
                        && destinations.stream().allMatch(column -> digits(record.path(column).asString()) >= 10);
                if (valid) {
                    job.rows.add(record);
                } else {
                    job.invalidRows++;
                }
            }
            state.jobs.put(job.seq, job);
            if (skillId > 0 && body.path("startSkill").asBoolean()) {
                state.skills.get(skillId).running = true;
            }
            state.touch();
            return ApiResponse.json(200, Json.object().put("jobId", job.jobId()));
        }
    }

    private int skill(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        String raw = value.asString();
        SkillRecord skill = raw.matches("[0-9]{1,9}") ? state.skills.get(Integer.parseInt(raw)) : null;
        if (skill == null) {
            throw AdminRejection.invalid("skill " + raw + " does not exist");
        }
        return SkillEndpoints.personalConnection(skill).skillId;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
