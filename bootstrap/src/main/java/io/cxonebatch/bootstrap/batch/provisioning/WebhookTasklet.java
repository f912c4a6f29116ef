package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.in.EnsureWebhookUseCase;
import io.cxonebatch.application.port.in.WebhookOutcome;
import io.cxonebatch.application.port.in.WebhookRequest;
import io.cxonebatch.application.port.in.WebhookResult;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3: registers the preview-activated webhook once, before any preview campaign is provisioned, when the plan
 * has preview rows to provision. Without a configured URI nothing is registered and the summary says so. A failed
 * registration does not stop provisioning; it is reported and makes the run end with the rejects/failures code.
 */
final class PreviewWebhookTasklet implements Tasklet {

    static final String EVENT_FILTER = "campaign.preview.activated";
    static final String OUTCOME = "provisioning.webhook";
    static final String FAILED_WEBHOOKS = "provisioning.webhookFailed";

    private final EnsureWebhookUseCase webhooks;
    private final @Nullable URI uri;
    private final String name;

    PreviewWebhookTasklet(EnsureWebhookUseCase webhooks, @Nullable URI uri, String name) {
        this.webhooks = webhooks;
        this.uri = uri;
        this.name = name;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        var jobContext = step.getJobExecution().getExecutionContext();
        if (jobContext.getLong(ConflictCheckTasklet.PENDING_PREVIEW_ROWS, 0L) == 0) {
            return RepeatStatus.FINISHED;
        }
        if (uri == null) {
            jobContext.putString(OUTCOME, "preview webhook not registered: no URI is configured "
                    + "(cxone-batch.provisioning.preview-webhook-uri)");
            return RepeatStatus.FINISHED;
        }
        ProvisioningParameters parameters = ProvisioningParameters.of(step.getJobParameters());
        WebhookResult result = webhooks.ensureRegistered(new WebhookRequest(RowAudit.JOB_NAME, name, EVENT_FILTER,
                uri.toString(), step.getJobExecutionId(), parameters.dryRun()));
        jobContext.putString(OUTCOME, switch (result.outcome()) {
            case REGISTERED -> "preview webhook registered: " + EVENT_FILTER + " -> " + uri;
            case ALREADY_REGISTERED -> "preview webhook already registered: " + EVENT_FILTER + " -> " + uri;
            case PLANNED -> "would register the preview webhook: " + EVENT_FILTER + " -> " + uri;
            case FAILED -> "preview webhook FAILED: " + result.reason();
            case UNCONFIRMED -> "preview webhook UNCONFIRMED: " + result.reason();
        });
        // An unconfirmed webhook needs someone to look in CXone, so it counts against a clean exit like a failure.
        if (result.outcome() == WebhookOutcome.FAILED || result.outcome() == WebhookOutcome.UNCONFIRMED) {
            jobContext.putLong(FAILED_WEBHOOKS, 1L);
        }
        return RepeatStatus.FINISHED;
    }
}
