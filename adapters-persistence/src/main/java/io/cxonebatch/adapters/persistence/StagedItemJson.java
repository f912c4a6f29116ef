package io.cxonebatch.adapters.persistence;

import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON columns of {@code staged_item}: fields as an object of field name to text, violations as an array of
 * {@code {code, field, message}} and changes as an array of strings. Violations are written field by field
 * rather than as the record, so that renaming a record component cannot change what is stored.
 */
final class StagedItemJson {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> VIOLATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> CHANGES = new TypeReference<>() {
    };

    private final JsonMapper jsonMapper;

    StagedItemJson(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    String writeFields(Map<String, String> fields) {
        return write(fields, "fields");
    }

    String writeViolations(List<Violation> violations) {
        List<Map<String, String>> objects = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            Map<String, String> object = new LinkedHashMap<>();
            object.put("code", violation.code());
            object.put("field", violation.field());
            object.put("message", violation.message());
            objects.add(object);
        }
        return write(objects, "violations");
    }

    String writeChanges(List<String> changes) {
        return write(changes, "changes");
    }

    Map<String, String> readFields(String json) {
        return jsonMapper.readValue(json, FIELDS);
    }

    List<Violation> readViolations(String json) {
        return jsonMapper.readValue(json, VIOLATIONS).stream()
                .map(object -> Violation.of(object.get("code"), object.get("field"), object.get("message")))
                .toList();
    }

    List<String> readChanges(String json) {
        return jsonMapper.readValue(json, CHANGES);
    }

    private String write(Object value, String what) {
        try {
            return jsonMapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("staged item " + what + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
