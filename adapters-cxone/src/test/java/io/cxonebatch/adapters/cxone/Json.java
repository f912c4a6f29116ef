package io.cxonebatch.adapters.cxone;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON bodies the fake received. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static JsonNode read(String body) {
        return MAPPER.readTree(body);
    }
}
