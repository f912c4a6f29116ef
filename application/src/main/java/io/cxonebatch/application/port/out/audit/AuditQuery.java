package io.cxonebatch.application.port.out.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters for a compliance query; null means "any". Results come oldest first, at most {@code limit}. */
public record AuditQuery(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable Long jobExecutionId,
        @Nullable String campaignRef,
        @Nullable String action,
        @Nullable AuditOutcome outcome,
        int limit) {

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
