package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.port.out.cxone.CxoneCapabilitiesPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.port.in.EnsureWebhookUseCase;
import io.cxonebatch.application.provisioning.port.in.RegisterPreviewWebhookUseCase;
import io.cxonebatch.application.provisioning.port.in.WebhookOutcome;
import io.cxonebatch.application.provisioning.port.in.WebhookRequest;
import io.cxonebatch.application.provisioning.port.in.WebhookResult;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Registers the preview-activated webhook when a run has preview rows to provision. A failed registration does not
 * stop provisioning; it is reported, and an unconfirmed one (CXone may hold it, and cannot list webhooks) too, since
 * both need someone to look in CXone. A CXone without webhooks is asked for none: the summary says that preview
 * activations are polled instead, which the activation step does for every campaign it activates.
 */
public final class PreviewWebhookService implements RegisterPreviewWebhookUseCase {

    public static final String EVENT_FILTER = "campaign.preview.activated";

    static final String POLLED = "preview webhook not registered: this tenant's CXone has no webhooks, so preview"
            + " activations are polled (each activation is read back until the campaign is active)";

    private final EnsureWebhookUseCase webhooks;
    private final CxoneCapabilitiesPort capabilities;

    public PreviewWebhookService(EnsureWebhookUseCase webhooks, CxoneCapabilitiesPort capabilities) {
        this.webhooks = webhooks;
        this.capabilities = capabilities;
    }

    @Override
    public PreviewWebhook register(long pendingPreviews, @Nullable URI uri, String name, long jobExecutionId, boolean dryRun) {
        if (pendingPreviews == 0) {
            return new PreviewWebhook(null, false);
        }
        if (!capabilities.notifiesByWebhook()) {
            return new PreviewWebhook(POLLED, false);
        }
        if (uri == null) {
            return new PreviewWebhook("preview webhook not registered: no URI is configured "
                    + "(cxone-batch.provisioning.preview-webhook-uri)", false);
        }
        WebhookResult result = webhooks.ensureRegistered(new WebhookRequest(ProvisioningJob.NAME, name, EVENT_FILTER,
                uri.toString(), jobExecutionId, dryRun));
        String line = switch (result.outcome()) {
            case REGISTERED -> "preview webhook registered: " + EVENT_FILTER + " -> " + uri;
            case ALREADY_REGISTERED -> "preview webhook already registered: " + EVENT_FILTER + " -> " + uri;
            case PLANNED -> "would register the preview webhook: " + EVENT_FILTER + " -> " + uri;
            case FAILED -> "preview webhook FAILED: " + result.reason();
            case UNCONFIRMED -> "preview webhook UNCONFIRMED: " + result.reason();
        };
        return new PreviewWebhook(line, result.outcome() == WebhookOutcome.FAILED || result.outcome() == WebhookOutcome.UNCONFIRMED);
    }
}
