package io.cxonebatch.adapters.persistence;

import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns an audit event's details into the JSON object stored in {@code audit_event.details} and back. */
final class AuditDetailsJson {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** {@code \u0000} not preceded by an escaped backslash of its own. */
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private final JsonMapper jsonMapper;

    AuditDetailsJson(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * The details as JSON. A NUL in a value (an error message CXone sent) is written as U+FFFD: jsonb refuses
     * {@code \u0000}, and an audit row that cannot be written would fail the step on every restart.
     */
    String write(Map<String, ?> details) {
        try {
            String json = jsonMapper.writeValueAsString(details);
            // Most details hold no NUL: the pattern, with its look-behind, runs only where it can match.
            return json.contains("\\u0000") ? ESCAPED_NUL.matcher(json).replaceAll("$1\\\\ufffd") : json;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("audit details cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    Map<String, Object> read(String json) {
        return jsonMapper.readValue(json, OBJECT);
    }
}
