package io.cxonebatch.application.port.out.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters for a compliance query; null means "any". Results come oldest first (by occurrence, then chain position),
 * after the row {@code after} names (null: from the first), at most {@code limit}: a large result is read page by page,
 * each page starting after the last row of the one before.
 *
 * @param campaignRef the campaign's external key, its CXone id or its whole {@code key/id} reference
 */
public record AuditQuery(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable Long jobExecutionId,
        @Nullable String jobName,
        @Nullable String campaignRef,
        @Nullable String action,
        @Nullable AuditOutcome outcome,
        @Nullable After after,
        int limit) {

    /** Where a page starts: after the row that occurred at {@code occurredAt} with {@code id}. */
    public record After(Instant occurredAt, long id) {
    }

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** From the first row, any job. */
    public AuditQuery(@Nullable Instant from, @Nullable Instant to, @Nullable Long jobExecutionId, @Nullable String campaignRef,
            @Nullable String action, @Nullable AuditOutcome outcome, int limit) {
        this(from, to, jobExecutionId, null, campaignRef, action, outcome, null, limit);
    }

    /** The same filters, for the page after {@code last}. */
    public AuditQuery after(StoredAuditEvent last) {
        return new AuditQuery(from, to, jobExecutionId, jobName, campaignRef, action, outcome,
                new After(last.event().occurredAt(), last.id()), limit);
    }
}
