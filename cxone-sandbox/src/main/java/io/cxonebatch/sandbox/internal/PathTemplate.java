package io.cxonebatch.sandbox.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path such as {@code /api/v2/campaigns/{id}/activate}: literal segments and named variables. */
public record PathTemplate(String template, List<String> segments) {

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/', got " + template);
        }
        return new PathTemplate(template, List.of(template.substring(1).split("/", -1)));
    }

    /** The variables of a raw (still percent-encoded) path when it matches, empty otherwise. */
    public Optional<Map<String, String>> match(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            String part = URLDecoder.decode(parts[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            if (isVariable(segment)) {
                if (part.isEmpty()) {
                    return Optional.empty();
                }
                variables.put(segment.substring(1, segment.length() - 1), part);
            } else if (!segment.equals(part)) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
