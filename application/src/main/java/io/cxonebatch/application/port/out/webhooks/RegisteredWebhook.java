package io.cxonebatch.application.port.out.webhooks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A webhook this project registered in CXone, or set out to.
 *
 * @param eventFilter e.g. {@code campaign.preview.activated}
 * @param registeredAt when the registration was recorded (its intent, for an {@link WebhookState#INTENDED} one)
 * @param jobExecutionId the execution that registered it; null outside a job
 */
public record RegisteredWebhook(String name, String eventFilter, String uri, Instant registeredAt, @Nullable Long jobExecutionId,
        WebhookState state) {

    public RegisteredWebhook {
        if (name == null || name.isBlank() || eventFilter == null || eventFilter.isBlank() || uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("a registered webhook needs a name, an event filter and a URI");
        }
        if (registeredAt == null) {
            throw new IllegalArgumentException("webhook '" + name + "' needs the time it was registered");
        }
        if (state == null) {
            throw new IllegalArgumentException("webhook '" + name + "' needs a state");
        }
    }
}
