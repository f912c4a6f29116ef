package io.cxonebatch.sandbox.internal;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the sandbox (thread-safe) and the few conversions endpoints need. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** Parses a request body that must be a JSON object; 400 otherwise. */
    public static ObjectNode parseObject(byte[] body) {
        if (body.length == 0) {
            throw new RequestRejectedException(400, "request body is empty; a JSON object is required");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new RequestRejectedException(400, "request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new RequestRejectedException(400, "request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** A JSON object as plain maps, lists, strings, numbers and booleans. */
    public static Map<String, Object> toMap(ObjectNode node) {
        return MAPPER.convertValue(node, MAP);
    }
}
