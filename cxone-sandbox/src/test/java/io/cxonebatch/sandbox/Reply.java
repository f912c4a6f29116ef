package io.cxonebatch.sandbox;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** A response as tests look at it: status, headers and the body parsed as JSON (missing node when empty). */
record Reply(int status, HttpHeaders headers, JsonNode json) {

    String text(String field) {
        return json.path(field).asString();
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + json;
    }
}
