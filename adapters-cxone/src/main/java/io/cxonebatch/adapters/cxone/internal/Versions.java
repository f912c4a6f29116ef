package io.cxonebatch.adapters.cxone.internal;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The optimistic-locking version as CXone reports it: an integer in the body, or the {@code ETag} ({@code "7"}). */
final class Versions {

    private Versions() {
    }

    /** The body's version if it has one, else the ETag's. */
    static OptionalLong of(@Nullable Long bodyVersion, @Nullable String etag) {
        return bodyVersion != null ? OptionalLong.of(bodyVersion) : fromEtag(etag);
    }

    static OptionalLong fromEtag(@Nullable String etag) {
        if (etag == null) {
            return OptionalLong.empty();
        }
        String value = etag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException notAVersion) {
            return OptionalLong.empty();
        }
    }

    /** The {@code If-Match} value naming a version. */
    static String ifMatch(long version) {
        return "\"" + version + "\"";
    }
}
