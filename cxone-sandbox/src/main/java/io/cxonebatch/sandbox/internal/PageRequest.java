package io.cxonebatch.sandbox.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code page} (from 1) and {@code limit} (1 to 1000) of a paged listing, and the {@code nextPageUri} that
 * follows it: relative to the base URL, or absolute when asked, and null on the last page.
 */
public record PageRequest(long page, int limit) {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    public static PageRequest of(ApiRequest request) {
        long page = parse(request, "page", 1);
        long limit = parse(request, "limit", DEFAULT_LIMIT);
        if (page < 1) {
            throw new RequestRejectedException(400, "page must be at least 1, got " + page);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RequestRejectedException(400, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return new PageRequest(page, (int) limit);
    }

    /** Index of the first row of this page; saturates instead of overflowing for absurd page numbers. */
    public long offset() {
        return page > Long.MAX_VALUE / limit ? Long.MAX_VALUE : (page - 1) * limit;
    }

    /** How many rows of {@code total} this page holds. */
    public int rowsOf(long total) {
        long offset = offset();
        return offset >= total ? 0 : (int) Math.min(limit, total - offset);
    }

    /**
     * The link to the next page, keeping the given extra query parameters, or null when this page is the last.
     *
     * @param absolute whether to prefix the base URL the client used
     */
    public @Nullable String nextPageUri(ApiRequest request, long total, boolean absolute, Map<String, String> extra) {
        if (offset() + limit >= total) {
            return null;
        }
        StringBuilder uri = new StringBuilder();
        if (absolute) {
            uri.append(request.baseUrl());
        }
        uri.append(request.path()).append("?page=").append(page + 1).append("&limit=").append(limit);
        extra.forEach((name, value) -> uri.append('&').append(encode(name)).append('=').append(encode(value)));
        return uri.toString();
    }

    private static long parse(ApiRequest request, String name, long fallback) {
        String value = request.queryParameter(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RequestRejectedException(400, name + " must be an integer, got '" + value + "'");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
