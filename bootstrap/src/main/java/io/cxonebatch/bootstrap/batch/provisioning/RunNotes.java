package io.cxonebatch.bootstrap.batch.provisioning;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What one step of a provisioning run leaves for a later one, typed, in the job's execution context (so that a
 * restart still has it): the pending preview rows the conflicts step counted, and what the webhook step said.
 */
final class RunNotes {

    private static final String PENDING_PREVIEWS = "provisioning.pendingPreviewRows";
    private static final String WEBHOOK_LINE = "provisioning.webhook";
    private static final String WEBHOOK_FAILED = "provisioning.webhookFailed";

    private final ExecutionContext context;

    private RunNotes(ExecutionContext context) {
        this.context = context;
    }

    static RunNotes of(JobExecution execution) {
        return new RunNotes(execution.getExecutionContext());
    }

    void pendingPreviews(long count) {
        context.putLong(PENDING_PREVIEWS, count);
    }

    long pendingPreviews() {
        return context.getLong(PENDING_PREVIEWS, 0L);
    }

    void webhook(@Nullable String summaryLine, boolean failed) {
        context.putString(WEBHOOK_LINE, summaryLine == null ? "" : summaryLine);
        context.putLong(WEBHOOK_FAILED, failed ? 1L : 0L);
    }

    @Nullable String webhookLine() {
        String line = context.getString(WEBHOOK_LINE, "");
        return line.isEmpty() ? null : line;
    }

    boolean webhookFailed() {
        return context.getLong(WEBHOOK_FAILED, 0L) > 0;
    }
}
