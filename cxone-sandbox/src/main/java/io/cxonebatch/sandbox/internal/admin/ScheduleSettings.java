package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.Json;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schedule block (§3.4): {@code isScheduled} and, for each of the seven days, {@code {day}StartTime},
 * {@code {day}EndTime} ({@code "HH:MM"}, 24 h) and {@code {day}IsActive}. The live rule: a schedule is taken only
 * when all seven days are active with an end after the start; anything else is a bare {@code InvalidParameter}.
 */
final class ScheduleSettings {

    static final String WRAPPER = "scheduleSettings";
    static final List<String> DAYS = List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday");

    private ScheduleSettings() {
    }

    static ObjectNode defaults() {
        ObjectNode json = Json.object().put("isScheduled", true);
        DAYS.forEach(day -> json.put(day + "StartTime", "08:00").put(day + "EndTime", "21:00").put(day + "IsActive", true));
        return json;
    }

    /** The block to store, or a bare {@code InvalidParameter} when it breaks the seven-day rule. */
    static ObjectNode validated(JsonNode given) {
        if (!given.isObject() || !given.path("isScheduled").isBoolean()) {
            throw bare();
        }
        ObjectNode block = Json.object().put("isScheduled", given.path("isScheduled").asBoolean());
        List<String> known = new ArrayList<>(List.of("isScheduled"));
        for (String day : DAYS) {
            LocalTime start = time(given.path(day + "StartTime"));
            LocalTime end = time(given.path(day + "EndTime"));
            if (!given.path(day + "IsActive").asBoolean(false) || !given.path(day + "IsActive").isBoolean() || !end.isAfter(start)) {
                throw bare();
            }
            block.put(day + "StartTime", given.path(day + "StartTime").asString())
                    .put(day + "EndTime", given.path(day + "EndTime").asString())
                    .put(day + "IsActive", true);
            known.addAll(List.of(day + "StartTime", day + "EndTime", day + "IsActive"));
        }
        for (Map.Entry<String, JsonNode> entry : given.properties()) {
            if (!known.contains(entry.getKey())) {
                throw bare();
            }
        }
        return block;
    }

    /** The block as the composite {@code GET .../parameters} types it: {@code {isScheduled, schedules[]}}. */
    static ObjectNode composite(ObjectNode block) {
        ObjectNode json = Json.object().put("isScheduled", block.path("isScheduled").asBoolean());
        ArrayNode schedules = json.putArray("schedules");
        for (String day : DAYS) {
            schedules.addObject()
                    .put("day", day.substring(0, 1).toUpperCase(Locale.ROOT) + day.substring(1))
                    .put("startTime", block.path(day + "StartTime").asString())
                    .put("endTime", block.path(day + "EndTime").asString())
                    .put("isActive", block.path(day + "IsActive").asBoolean());
        }
        return json;
    }

    /** The window of a day of the week, as stored. */
    static LocalTime[] window(ObjectNode block, DayOfWeek day) {
        String name = DAYS.get(day.getValue() % 7);
        return new LocalTime[] {LocalTime.parse(block.path(name + "StartTime").asString()),
            LocalTime.parse(block.path(name + "EndTime").asString())};
    }

    private static LocalTime time(JsonNode value) {
        if (!value.isString() || !value.asString().matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw bare();
        }
        try {
            return LocalTime.parse(value.asString());
        } catch (DateTimeParseException e) {
            throw bare();
        }
    }

    private static AdminRejection bare() {
        return new AdminRejection(400, AdminRejection.INVALID_PARAMETER, null);
    }
}
