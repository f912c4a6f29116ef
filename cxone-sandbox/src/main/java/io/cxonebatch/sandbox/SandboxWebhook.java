package io.cxonebatch.sandbox;

import org.jspecify.annotations.Nullable;

/** A webhook the sandbox registered. */
public record SandboxWebhook(String id, @Nullable String name, String eventFilter, String uri, String method, boolean enabled) {

    public SandboxWebhook {
        if (id == null || eventFilter == null || uri == null || method == null) {
            throw new IllegalArgumentException("a webhook needs an id, an event filter, a uri and a method");
        }
    }
}
