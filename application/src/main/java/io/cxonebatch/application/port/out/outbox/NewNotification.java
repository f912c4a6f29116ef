package io.cxonebatch.application.port.out.outbox;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A notification to deliver, as a job writes it.
 *
 * @param topic what it announces, such as {@code agents.dispatched}
 * @param destination where it is POSTed
 * @param payload the body, as the JSON object it is sent as: values are text, numbers, booleans, lists and maps
 * @param jobExecutionId the run that wrote it; null when none did
 * @param ref what it is about as the audit names it (a campaign's external key); null when nothing in particular
 */
public record NewNotification(String topic, URI destination, Map<String, ?> payload, @Nullable Long jobExecutionId,
        @Nullable String ref) {

    public NewNotification {
        if (topic == null || topic.isBlank() || destination == null || payload == null) {
            throw new IllegalArgumentException("a notification needs a topic, a destination and a payload");
        }
        payload = Map.copyOf(payload);
    }
}
