package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Endpoint;
import io.cxonebatch.sandbox.internal.Json;
import io.cxonebatch.sandbox.internal.Mix;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /wfm-data/skills/dialer-contacts?startDate&endDate&mediaTypeId&fields} (§8): per 15-minute interval and
 * Personal Connection skill of the media type, {@code wfM_OB_StatsV9} rows of dials, connects and abandons, drawn
 * from (seed, skill, interval) alone. Rows exist only for intervals inside the skill's schedule window, on the
 * business unit's clock, so that a report can be held against the schedule. {@code mediaTypeId} is required, the range at most 31 days.
 */
final class DialerContactsEndpoint implements Endpoint {

    private static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final Duration MAX_RANGE = Duration.ofDays(31);
    private static final long SALT = 0xD1A1L;

    private final AdminState state;
    private final AdminConfig config;
    private final long seed;

    DialerContactsEndpoint(AdminState state, AdminConfig config, long seed) {
        this.state = state;
        this.config = config;
        this.seed = seed;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Integer mediaTypeId = SkipTop.integer(request, "mediaTypeId");
        if (mediaTypeId == null) {
            throw AdminRejection.invalid("mediaTypeId is required");
        }
        Instant start = instant(request, "startDate");
        Instant end = instant(request, "endDate");
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw AdminRejection.invalid("endDate must be after startDate, at most 31 days later");
        }
        String fieldsParameter = request.queryParameter("fields");
        Set<String> fields = fieldsParameter == null || fieldsParameter.isBlank() ? Set.of() : Set.of(fieldsParameter.split("\\s*,\\s*"));
        List<SkillRecord> skills = new ArrayList<>();
        synchronized (state) {
            state.skills.values().stream().filter(skill -> skill.outbound && skill.mediaTypeId == mediaTypeId).forEach(skills::add);
        }
        ObjectNode body = Json.object();
        ArrayNode rows = body.putArray("wfM_OB_StatsV9");
        Instant first = start.truncatedTo(ChronoUnit.HOURS);
        for (SkillRecord skill : skills) {
            for (Instant at = first; at.isBefore(end); at = at.plus(INTERVAL)) {
                if (!at.isBefore(start) && inWindow(skill, at)) {
                    rows.add(select(row(skill, at), fields));
                }
            }
        }
        return ApiResponse.json(200, body);
    }

    private boolean inWindow(SkillRecord skill, Instant at) {
        ZonedDateTime local = at.atZone(config.businessUnitZone());
        LocalTime[] window;
        synchronized (state) {
            window = ScheduleSettings.window(skill.scheduleSettings, local.getDayOfWeek());
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(window[0]) && time.isBefore(window[1]);
    }

    private ObjectNode row(SkillRecord skill, Instant at) {
        long h = Mix.hash(seed, SALT, skill.skillId, at.getEpochSecond());
        int dials = 20 + Mix.pick(h, 180);
        int connects = dials * (20 + Mix.pick(Mix.mix(h ^ 1), 30)) / 100;
        int rightParty = connects * (40 + Mix.pick(Mix.mix(h ^ 2), 50)) / 100;
        int abandons = connects * Mix.pick(Mix.mix(h ^ 3), 4) / 100;
        return Json.object()
                .put("businessUnitId", config.businessUnitId())
                .put("businessUnitName", config.tenantName())
                .put("intervalStartDate", at.toString())
                .put("skillId", skill.skillId)
                .put("skillName", skill.name)
                .put("mediaTypeId", skill.mediaTypeId)
                .put("mediaTypeName", MediaTypes.name(skill.mediaTypeId))
                .put("dials", dials)
                .put("connects", connects)
                .put("connectsAHT", 60 + Mix.pick(Mix.mix(h ^ 4), 240))
                .put("rightPartyConnects", rightParty)
                .put("rightPartyConnectsAHT", 90 + Mix.pick(Mix.mix(h ^ 5), 300))
                .put("abandons", abandons);
    }

    private static ObjectNode select(ObjectNode row, Set<String> fields) {
        if (fields.isEmpty()) {
            return row;
        }
        ObjectNode selected = Json.object();
        row.properties().forEach(entry -> {
            if (fields.contains(entry.getKey())) {
                selected.set(entry.getKey(), entry.getValue());
            }
        });
        return selected;
    }

    private static Instant instant(ApiRequest request, String name) {
        String value = request.queryParameter(name);
        if (value == null || value.isBlank()) {
            throw AdminRejection.invalid(name + " is required");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw AdminRejection.invalid(name + " must be an ISO-8601 instant such as 2024-09-15T00:00:00Z, got '" + value + "'");
        }
    }
}
