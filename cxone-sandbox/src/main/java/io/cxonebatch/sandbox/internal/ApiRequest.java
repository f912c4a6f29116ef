package io.cxonebatch.sandbox.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request as endpoints see it.
 *
 * @param headers names in lower case
 * @param baseUrl {@code http://host:port} as the client addressed the sandbox
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, List<String>> headers,
        byte[] body,
        Map<String, String> pathVariables,
        String baseUrl) {

    public ApiRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        pathVariables = Map.copyOf(pathVariables);
    }

    public ApiRequest withPathVariables(Map<String, String> variables) {
        return new ApiRequest(method, path, query, headers, body, variables, baseUrl);
    }

    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String pathVariable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path variable " + name);
        }
        return value;
    }

    public @Nullable String queryParameter(String name) {
        return query.get(name);
    }

    /** The body as a JSON object; 400 when it is empty, malformed or not an object. */
    public ObjectNode jsonObject() {
        return Json.parseObject(body);
    }
}
