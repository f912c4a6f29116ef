package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import org.jspecify.annotations.Nullable;

/** The {@code skip}/{@code top} paging parameters of the ACD endpoints and other whole-number query parameters. */
final class SkipTop {

    private SkipTop() {
    }

    static int skip(ApiRequest request) {
        Integer skip = integer(request, "skip");
        if (skip != null && skip < 0) {
            throw AdminRejection.invalid("skip must be at least 0, got " + skip);
        }
        return skip == null ? 0 : skip;
    }

    static int top(ApiRequest request, int fallback) {
        Integer top = integer(request, "top");
        if (top != null && top < 1) {
            throw AdminRejection.invalid("top must be at least 1, got " + top);
        }
        return top == null ? fallback : top;
    }

    static @Nullable Integer integer(ApiRequest request, String name) {
        String value = request.queryParameter(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw AdminRejection.invalid(name + " must be a whole number, got '" + value + "'");
        }
    }
}
