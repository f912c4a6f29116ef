package io.cxonebatch.sandbox;

/**
 * What the sandbox counts requests by.
 *
 * @param pathTemplate the route's template such as {@code /api/v2/campaigns/{id}}, or {@code (unmatched)}
 */
public record RequestKey(String method, String pathTemplate, int status) {

    /** The template used for requests that matched no route. */
    public static final String UNMATCHED = "(unmatched)";

    public RequestKey {
        if (method == null || pathTemplate == null) {
            throw new IllegalArgumentException("request key needs a method and a path template");
        }
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " " + status;
    }
}
