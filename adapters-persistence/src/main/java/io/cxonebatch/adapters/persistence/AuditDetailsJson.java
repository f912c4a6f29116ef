package io.cxonebatch.adapters.persistence;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns an audit event's details into the JSON object stored in {@code audit_event.details} and back. */
final class AuditDetailsJson {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonMapper jsonMapper;

    AuditDetailsJson(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    String write(Map<String, ?> details) {
        try {
            return jsonMapper.writeValueAsString(details);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("audit details cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    Map<String, Object> read(String json) {
        return jsonMapper.readValue(json, OBJECT);
    }
}
