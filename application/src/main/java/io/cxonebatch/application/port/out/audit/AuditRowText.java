package io.cxonebatch.application.port.out.audit;

import org.jspecify.annotations.Nullable;

/**
 * One audit row exactly as its hash was computed: every content column as the database's canonical text (instants as
 * UTC ISO-8601 with microseconds, numbers in decimal, the details as jsonb prints them), null where the column is null.
 * An export carries these, so that an auditor can re-compute every hash without the database.
 */
public record AuditRowText(
        long id,
        String occurredAt,
        String recordedAt,
        @Nullable String jobExecutionId,
        @Nullable String jobName,
        String action,
        @Nullable String campaignRef,
        String outcome,
        @Nullable String httpStatus,
        @Nullable String latencyMs,
        String details,
        String actor,
        String prevHash,
        String hash) {
}
