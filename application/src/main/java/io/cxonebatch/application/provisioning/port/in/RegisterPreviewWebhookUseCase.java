package io.cxonebatch.application.provisioning.port.in;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Step 4 of campaign-provisioning: registers the preview-activated webhook once, before any preview campaign, when
 * the run has preview rows to provision.
 */
public interface RegisterPreviewWebhookUseCase {

    /**
     * @param uri where CXone is to call; null when none is configured (nothing is registered and the summary says so)
     */
    PreviewWebhook register(long pendingPreviews, @Nullable URI uri, String name, long jobExecutionId, boolean dryRun);

    /**
     * @param summaryLine what the run's summary says of it; null when the run needed no webhook
     * @param failed the registration failed or is unconfirmed: someone must look, so the run does not exit 0
     */
    record PreviewWebhook(@Nullable String summaryLine, boolean failed) {
    }
}
