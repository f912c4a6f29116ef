package io.cxonebatch.sandbox.internal.admin;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The media types skills can have, by the ids [MCP] sends. */
final class MediaTypes {

    static final int PHONE = 4;
    static final String PERSONAL_CONNECTION = "Personal Connection";

    private static final Map<Integer, String> NAMES = Map.of(1, "Email", 3, "Chat", PHONE, "Phone Call", 5, "Voice Mail",
            6, "Work Item", 7, "SMS", 9, "Digital");

    private MediaTypes() {
    }

    static @Nullable String name(int mediaTypeId) {
        return NAMES.get(mediaTypeId);
    }
}
