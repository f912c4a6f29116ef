package io.cxonebatch.application.port.out.audit;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of the compliance record. Phone numbers never go into {@code details} in the clear.
 *
 * @param jobExecutionId the Spring Batch execution that made the change, null outside a job
 * @param action stable upper-snake-case verb, e.g. {@code CAMPAIGN_CREATED}, {@code PLAN_ROW_REJECTED}
 * @param campaignRef the campaign concerned: external key, CXone id, or both as {@code key/id}
 * @param httpStatus the CXone response status, null when no call was made
 * @param latencyMillis how long the CXone call took, null when no call was made
 * @param details anything else worth keeping, written as JSON; values are strings, numbers, booleans, lists or maps
 */
public record AuditEvent(
        Instant occurredAt,
        @Nullable Long jobExecutionId,
        @Nullable String jobName,
        String action,
        @Nullable String campaignRef,
        AuditOutcome outcome,
        @Nullable Integer httpStatus,
        @Nullable Long latencyMillis,
        Map<String, ?> details) {

    public AuditEvent {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit event needs an action");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
