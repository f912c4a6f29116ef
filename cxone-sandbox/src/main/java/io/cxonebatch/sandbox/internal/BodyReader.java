package io.cxonebatch.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed access to the fields of a JSON object; a wrong type or a missing required field is rejected with the
 * status this reader was made for (400 for malformed payloads, 422 where the contract calls it a schema violation).
 */
public final class BodyReader {

    private final JsonNode node;
    private final int rejection;
    private final String where;

    public BodyReader(JsonNode node, int rejection, String where) {
        this.node = node;
        this.rejection = rejection;
        this.where = where;
    }

    public static BodyReader of(ObjectNode node, int rejection) {
        return new BodyReader(node, rejection, "");
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public @Nullable String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw reject(name(field) + " must be a string");
        }
        return value.stringValue();
    }

    public String requiredText(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw reject(name(field) + " is required");
        }
        return value;
    }

    public @Nullable Double number(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw reject(name(field) + " must be a number");
        }
        return value.doubleValue();
    }

    public @Nullable Integer integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw reject(name(field) + " must be an integer");
        }
        return value.intValue();
    }

    public @Nullable Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw reject(name(field) + " must be true or false");
        }
        return value.booleanValue();
    }

    /** A nested object, or null when absent. */
    public @Nullable BodyReader object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw reject(name(field) + " must be an object");
        }
        return new BodyReader(value, rejection, name(field) + ".");
    }

    /** The elements of an array field, each an object; empty when absent. */
    public List<BodyReader> objects(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw reject(name(field) + " must be an array");
        }
        List<BodyReader> elements = new ArrayList<>();
        int index = 0;
        for (JsonNode element : value.values()) {
            String at = name(field) + "[" + index++ + "]";
            if (!element.isObject()) {
                throw reject(at + " must be an object");
            }
            elements.add(new BodyReader(element, rejection, at + "."));
        }
        return elements;
    }

    /** The elements of an array of strings, or null when absent. */
    public @Nullable List<String> texts(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw reject(name(field) + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value.values()) {
            if (!element.isString()) {
                throw reject(name(field) + " must be an array of strings");
            }
            texts.add(element.stringValue());
        }
        return texts;
    }

    /** The names of the fields present, in their order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.properties().forEach(field -> names.add(field.getKey()));
        return names;
    }

    public String name(String field) {
        return where + field;
    }

    public RequestRejectedException reject(String message) {
        return new RequestRejectedException(rejection, message);
    }
}
