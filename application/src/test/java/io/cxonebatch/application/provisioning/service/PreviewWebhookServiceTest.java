package io.cxonebatch.application.provisioning.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.port.out.cxone.CxoneCapabilitiesPort;
import io.cxonebatch.application.provisioning.port.in.EnsureWebhookUseCase;
import io.cxonebatch.application.provisioning.port.in.RegisterPreviewWebhookUseCase.PreviewWebhook;
import io.cxonebatch.application.provisioning.port.in.WebhookOutcome;
import io.cxonebatch.application.provisioning.port.in.WebhookRequest;
import io.cxonebatch.application.provisioning.port.in.WebhookResult;
import io.cxonebatch.domain.schedule.ScheduleShape;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PreviewWebhookServiceTest {

    private static final URI HOOK = URI.create("https://hooks.example.com/cxone/preview");
    private static final String NAME = "Preview QA Sync";

    private final List<WebhookRequest> requests = new ArrayList<>();
    private WebhookResult answer = new WebhookResult(WebhookOutcome.REGISTERED, null);
    private final EnsureWebhookUseCase webhooks = request -> {
        requests.add(request);
        return answer;
    };
    private final PreviewWebhookService service = new PreviewWebhookService(webhooks, capabilities(true));

    private static CxoneCapabilitiesPort capabilities(boolean notifiesByWebhook) {
        return new CxoneCapabilitiesPort() {
            @Override
            public ScheduleShape scheduleShape() {
                return ScheduleShape.anyWindow();
            }

            @Override
            public boolean notifiesByWebhook() {
                return notifiesByWebhook;
            }
        };
    }

    private PreviewWebhook registerAnswering(WebhookOutcome outcome, @Nullable String reason) {
        answer = new WebhookResult(outcome, reason);
        return service.register(3, HOOK, NAME, 11L, false);
    }

    @Test
    void aRunWithoutPendingPreviewsRegistersNothingAndSaysNothing() {
        PreviewWebhook webhook = service.register(0, HOOK, NAME, 11L, false);

        assertThat(requests).isEmpty();
        assertThat(webhook.summaryLine()).isNull();
        assertThat(webhook.failed()).isFalse();
    }

    @Test
    void withoutAUriNothingIsRegisteredAndTheSummarySaysWhy() {
        PreviewWebhook webhook = service.register(3, null, NAME, 11L, false);

        assertThat(requests).isEmpty();
        assertThat(webhook.summaryLine())
                .isEqualTo("preview webhook not registered: no URI is configured (cxone-batch.provisioning.preview-webhook-uri)");
        assertThat(webhook.failed()).isFalse();
    }

    @Test
    void aCxoneWithoutWebhooksIsAskedForNoneAndTheSummarySaysActivationsArePolled() {
        PreviewWebhookService withoutWebhooks = new PreviewWebhookService(webhooks, capabilities(false));

        PreviewWebhook webhook = withoutWebhooks.register(3, HOOK, NAME, 11L, false);

        assertThat(requests).isEmpty();
        assertThat(webhook.summaryLine()).isEqualTo("preview webhook not registered: this tenant's CXone has no webhooks, so preview"
                + " activations are polled (each activation is read back until the campaign is active)");
        assertThat(webhook.failed()).isFalse();
    }

    @Test
    void theRequestNamesTheJobTheEventTheUriAndTheExecution() {
        service.register(3, HOOK, NAME, 11L, false);

        assertThat(requests).containsExactly(new WebhookRequest("campaign-provisioning", NAME, "campaign.preview.activated",
                "https://hooks.example.com/cxone/preview", 11L, false));
    }

    @Test
    void aDryRunAsksInADryRun() {
        answer = new WebhookResult(WebhookOutcome.PLANNED, null);

        service.register(1, HOOK, NAME, 12L, true);

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.dryRun()).isTrue();
            assertThat(request.jobExecutionId()).isEqualTo(12L);
        });
    }

    @Test
    void aRegisteredWebhookIsReportedAndIsNoFailure() {
        PreviewWebhook webhook = registerAnswering(WebhookOutcome.REGISTERED, null);

        assertThat(webhook.summaryLine())
                .isEqualTo("preview webhook registered: campaign.preview.activated -> https://hooks.example.com/cxone/preview");
        assertThat(webhook.failed()).isFalse();
    }

    @Test
    void anAlreadyRegisteredWebhookIsReportedAndIsNoFailure() {
        PreviewWebhook webhook = registerAnswering(WebhookOutcome.ALREADY_REGISTERED, null);

        assertThat(webhook.summaryLine()).isEqualTo(
                "preview webhook already registered: campaign.preview.activated -> https://hooks.example.com/cxone/preview");
        assertThat(webhook.failed()).isFalse();
    }

    @Test
    void aPlannedWebhookIsReportedAndIsNoFailure() {
        PreviewWebhook webhook = registerAnswering(WebhookOutcome.PLANNED, null);

        assertThat(webhook.summaryLine()).isEqualTo(
                "would register the preview webhook: campaign.preview.activated -> https://hooks.example.com/cxone/preview");
        assertThat(webhook.failed()).isFalse();
    }

    @Test
    void aFailedRegistrationIsReportedWithItsReasonAndFailsTheRun() {
        PreviewWebhook webhook = registerAnswering(WebhookOutcome.FAILED, "POST /api/v2/webhooks failed (HTTP 403)");

        assertThat(webhook.summaryLine()).isEqualTo("preview webhook FAILED: POST /api/v2/webhooks failed (HTTP 403)");
        assertThat(webhook.failed()).isTrue();
    }

    @Test
    void anUnconfirmedRegistrationIsReportedWithItsReasonAndFailsTheRun() {
        PreviewWebhook webhook = registerAnswering(WebhookOutcome.UNCONFIRMED, "no answer; look in CXone before sending again");

        assertThat(webhook.summaryLine()).isEqualTo("preview webhook UNCONFIRMED: no answer; look in CXone before sending again");
        assertThat(webhook.failed()).isTrue();
    }
}
