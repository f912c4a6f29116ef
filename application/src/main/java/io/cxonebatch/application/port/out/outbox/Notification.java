package io.cxonebatch.application.port.out.outbox;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification in the outbox.
 *
 * @param id its id, unique and stable: receivers get it as the {@code Idempotency-Key} of every attempt
 * @param attempts how many deliveries have been attempted, a claimed one included
 * @param lastError why the last attempt failed, or why it is DEAD; null when none failed
 */
public record Notification(long id, String topic, URI destination, String payloadJson, @Nullable Long jobExecutionId,
        @Nullable String ref, NotificationStatus status, int attempts, Instant createdAt, @Nullable Instant settledAt,
        @Nullable String lastError) {
}
