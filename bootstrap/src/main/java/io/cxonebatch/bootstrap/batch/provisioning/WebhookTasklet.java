package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.provisioning.port.in.RegisterPreviewWebhookUseCase.PreviewWebhook;
import io.cxonebatch.application.provisioning.port.in.RegisterPreviewWebhookUseCase;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 4: registers the preview-activated webhook once, before any preview campaign, when the conflicts step left
 * preview rows to provision. A failed registration does not stop provisioning; the report shows it.
 */
final class WebhookTasklet implements Tasklet {

    private final RegisterPreviewWebhookUseCase webhook;
    private final @Nullable URI uri;
    private final String name;

    WebhookTasklet(RegisterPreviewWebhookUseCase webhook, @Nullable URI uri, String name) {
        this.webhook = webhook;
        this.uri = uri;
        this.name = name;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        RunNotes notes = RunNotes.of(run.step().getJobExecution());
        PreviewWebhook result = webhook.register(notes.pendingPreviews(), uri, name, run.jobExecutionId(),
                ProvisioningParameters.of(run.parameters()).dryRun());
        notes.webhook(result.summaryLine(), result.failed());
        return RepeatStatus.FINISHED;
    }
}
