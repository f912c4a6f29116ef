package io.cxonebatch.sandbox.internal;

import org.jspecify.annotations.Nullable;

/**
 * One method on one path template.
 *
 * @param requiredScope the scope a bearer token needs; null for routes without a bearer token (token, admin)
 */
public record Route(String method, PathTemplate path, @Nullable String requiredScope, Endpoint endpoint) {

    public static Route of(String method, String template, @Nullable String requiredScope, Endpoint endpoint) {
        return new Route(method, PathTemplate.of(template), requiredScope, endpoint);
    }
}
