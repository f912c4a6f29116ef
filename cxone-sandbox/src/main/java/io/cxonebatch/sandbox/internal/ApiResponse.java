package io.cxonebatch.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** A status, headers and a body (empty for none) ready to be sent. */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, Map.of("Content-Type", "application/json"), Json.bytes(body));
    }

    public static ApiResponse rawJson(int status, byte[] body) {
        return new ApiResponse(status, Map.of("Content-Type", "application/json"), body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), new byte[0]);
    }

    /** The contract's error body: {@code {"status":N,"message":"..."}}, plus {@code requiredScope} on a 403. */
    public static ApiResponse error(int status, String message, @Nullable String requiredScope) {
        ObjectNode body = Json.object().put("status", status).put("message", message);
        if (requiredScope != null) {
            body.put("requiredScope", requiredScope);
        }
        return json(status, body);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, more, body);
    }
}
