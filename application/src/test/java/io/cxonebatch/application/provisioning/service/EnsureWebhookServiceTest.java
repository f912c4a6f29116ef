package io.cxonebatch.application.provisioning.service;

import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.MissingScopeException;
import io.cxonebatch.application.port.out.cxone.RegisterWebhookPort;
import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
import io.cxonebatch.application.provisioning.port.in.WebhookOutcome;
import io.cxonebatch.application.provisioning.port.in.WebhookRequest;
import io.cxonebatch.application.provisioning.port.in.WebhookResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EnsureWebhookServiceTest {

    private static final Instant NOW = Instant.parse("2026-09-15T12:00:00Z");
    private static final String EVENT = "campaign.preview.activated";
    private static final String URI = "https://hooks.example.com/cxone/preview";

    private final List<List<String>> registrations = new ArrayList<>();
    private @Nullable CxoneCallException registrationFailure;
    private final RegisterWebhookPort cxone = (name, eventFilter, uri) -> {
        registrations.add(List.of(name, eventFilter, uri));
        if (registrationFailure != null) {
            throw registrationFailure;
        }
        return CxoneAnswer.of(201);
    };
    private final FakeWebhookRegistry registry = new FakeWebhookRegistry();
    private final FakeAudit audit = new FakeAudit();
    private final MutableClock clock = MutableClock.of(NOW, ZoneOffset.UTC);
    private final EnsureWebhookService service = new EnsureWebhookService(cxone, registry, audit, clock);

    private static WebhookRequest request(String uri, boolean dryRun) {
        return new WebhookRequest("preview-sync", "Preview QA Sync", EVENT, uri, 7L, dryRun);
    }

    private void recordedEarlier(String name, String uri) {
        registry.byEventAndUri.put(List.of(EVENT, uri), new RegisteredWebhook(name, EVENT, uri, Instant.parse("2026-09-01T08:00:00Z"), 3L,
                WebhookState.REGISTERED));
    }

    private static Map<String, Object> details(AuditEvent event) {
        return Map.copyOf(event.details());
    }

    @Test
    void recordsTheIntentBeforeThePostAndSettlesItAfter() {
        List<String> seenByCxone = new ArrayList<>();
        EnsureWebhookService watching = new EnsureWebhookService((name, eventFilter, uri) -> {
            seenByCxone.add(registry.findRegistered(eventFilter, uri).map(w -> w.state().name()).orElse("none") + " / " + audit.actions());
            return CxoneAnswer.of(201);
        }, registry, audit, clock);

        watching.ensureRegistered(request(URI, false));

        assertThat(seenByCxone).containsExactly("INTENDED / [WEBHOOK_REGISTERED:INTENDED]");
        assertThat(registry.findRegistered(EVENT, URI).orElseThrow().state()).isEqualTo(WebhookState.REGISTERED);
    }

    @Test
    void aPostWithoutAClearAnswerIsNeverSentAgainAndSaysSo() {
        registrationFailure = new CxoneOutcomeUnknownException("POST /api/v2/webhooks", 500, "internal server error", null);

        WebhookResult first = service.ensureRegistered(request(URI, false));
        registrationFailure = null;
        WebhookResult second = service.ensureRegistered(request(URI, false));

        assertThat(registrations).hasSize(1);
        assertThat(first.outcome()).isEqualTo(WebhookOutcome.UNCONFIRMED);
        assertThat(first.reason()).contains("not sent again").contains("check it in CXone");
        assertThat(second.outcome()).isEqualTo(WebhookOutcome.UNCONFIRMED);
        assertThat(registry.findRegistered(EVENT, URI).orElseThrow().state()).isEqualTo(WebhookState.UNCONFIRMED);
        assertThat(audit.only("WEBHOOK_REGISTERED", AuditOutcome.UNKNOWN).httpStatus()).isEqualTo(500);
    }

    @Test
    void anIntentLeftByARunThatDiedIsTreatedAsUnconfirmedAndNotSent() {
        registry.byEventAndUri.put(List.of(EVENT, URI), new RegisteredWebhook("Preview QA Sync", EVENT, URI, NOW, 3L, WebhookState.INTENDED));

        WebhookResult result = service.ensureRegistered(request(URI, false));

        assertThat(result.outcome()).isEqualTo(WebhookOutcome.UNCONFIRMED);
        assertThat(registrations).isEmpty();
    }

    @Test
    void aDefiniteRefusalForgetsTheIntentSoALaterRunTriesAgain() {
        registrationFailure = new MissingScopeException("POST /api/v2/webhooks", "webhook:write", "insufficient scope", null);
        service.ensureRegistered(request(URI, false));
        registrationFailure = null;

        WebhookResult again = service.ensureRegistered(request(URI, false));

        assertThat(again.outcome()).isEqualTo(WebhookOutcome.REGISTERED);
        assertThat(registrations).hasSize(2);
    }

    @Test
    void registersAWebhookWithNoRecordAndRecordsIt() {
        WebhookResult result = service.ensureRegistered(request(URI, false));

        assertThat(result).isEqualTo(new WebhookResult(WebhookOutcome.REGISTERED, null));
        assertThat(registrations).containsExactly(List.of("Preview QA Sync", EVENT, URI));
        assertThat(registry.findRegistered(EVENT, URI)).hasValue(new RegisteredWebhook("Preview QA Sync", EVENT, URI, NOW, 7L,
                WebhookState.REGISTERED));
        AuditEvent event = audit.only("WEBHOOK_REGISTERED", AuditOutcome.SUCCESS);
        assertThat(event.jobName()).isEqualTo("preview-sync");
        assertThat(event.jobExecutionId()).isEqualTo(7L);
        assertThat(event.campaignRef()).isNull();
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(event.httpStatus()).as("CXone's answer to the POST").isEqualTo(201);
        assertThat(event.latencyMillis()).isNotNull().isNotNegative();
        assertThat(event.details()).isEqualTo(Map.of("name", "Preview QA Sync", "eventFilter", EVENT, "uri", URI));
    }

    @Test
    void aRecordedWebhookIsNotRegisteredAgainWhateverItsName() {
        recordedEarlier("Old name", URI);

        WebhookResult result = service.ensureRegistered(request(URI, false));

        assertThat(result).isEqualTo(new WebhookResult(WebhookOutcome.ALREADY_REGISTERED, null));
        assertThat(registrations).isEmpty();
        AuditEvent event = audit.only("WEBHOOK_REGISTERED", AuditOutcome.SKIPPED);
        assertThat(event.latencyMillis()).isNull();
        assertThat(details(event)).containsEntry("registeredAt", "2026-09-01T08:00:00Z").containsEntry("uri", URI);
        assertThat(registry.findRegistered(EVENT, URI).orElseThrow().name()).isEqualTo("Old name");
    }

    @Test
    void aRecordForAnotherUriDoesNotCount() {
        recordedEarlier("Preview QA Sync", "https://old.example.com/hook");

        WebhookResult result = service.ensureRegistered(request(URI, false));

        assertThat(result.outcome()).isEqualTo(WebhookOutcome.REGISTERED);
        assertThat(registrations).hasSize(1);
    }

    @Test
    void runningTwiceRegistersOnce() {
        service.ensureRegistered(request(URI, false));
        WebhookResult second = service.ensureRegistered(request(URI, false));

        assertThat(second.outcome()).isEqualTo(WebhookOutcome.ALREADY_REGISTERED);
        assertThat(registrations).hasSize(1);
        assertThat(audit.actions()).containsExactly("WEBHOOK_REGISTERED:INTENDED", "WEBHOOK_REGISTERED:SUCCESS",
                "WEBHOOK_REGISTERED:SKIPPED");
    }

    @Test
    void aDryRunPlansTheRegistrationWithoutCallingCxoneOrRecordingIt() {
        WebhookResult result = service.ensureRegistered(request(URI, true));

        assertThat(result).isEqualTo(new WebhookResult(WebhookOutcome.PLANNED, null));
        assertThat(registrations).isEmpty();
        assertThat(registry.byEventAndUri).isEmpty();
        AuditEvent event = audit.only("WEBHOOK_REGISTERED", AuditOutcome.PLANNED);
        assertThat(event.details()).isEqualTo(Map.of("name", "Preview QA Sync", "eventFilter", EVENT, "uri", URI));
    }

    @Test
    void aDryRunOfARecordedWebhookIsAlreadyRegistered() {
        recordedEarlier("Preview QA Sync", URI);

        WebhookResult result = service.ensureRegistered(request(URI, true));

        assertThat(result.outcome()).isEqualTo(WebhookOutcome.ALREADY_REGISTERED);
        assertThat(audit.actions()).containsExactly("WEBHOOK_REGISTERED:SKIPPED");
    }

    @Test
    void aFailedRegistrationIsReportedWithItsMessageAuditedWithItsStatusAndNotRecorded() {
        registrationFailure = new MissingScopeException("POST /api/v2/webhooks", "webhook:write", "insufficient scope", null);

        WebhookResult result = service.ensureRegistered(request(URI, false));

        assertThat(result.outcome()).isEqualTo(WebhookOutcome.FAILED);
        assertThat(result.reason()).isEqualTo(registrationFailure.getMessage()).contains("POST /api/v2/webhooks").contains("403");
        assertThat(registry.byEventAndUri).isEmpty();
        AuditEvent event = audit.only("WEBHOOK_REGISTERED", AuditOutcome.FAILED);
        assertThat(event.httpStatus()).isEqualTo(403);
        assertThat(event.latencyMillis()).isNotNull();
        assertThat(details(event)).containsEntry("operation", registrationFailure.operation()).containsEntry("uri", URI)
                .containsEntry("error", registrationFailure.getMessage());
    }

    @Test
    void aWebhookAnotherNodeRecordedMeanwhileIsNotSentAndMarkedInTheAudit() {
        registry.beforeRecord = () -> recordedEarlier("Preview QA Sync", URI);

        WebhookResult result = service.ensureRegistered(request(URI, false));

        assertThat(result.outcome()).isEqualTo(WebhookOutcome.ALREADY_REGISTERED);
        assertThat(registrations).isEmpty();
        assertThat(registry.findRegistered(EVENT, URI).orElseThrow().jobExecutionId()).isEqualTo(3L);
        assertThat(details(audit.only("WEBHOOK_REGISTERED", AuditOutcome.SKIPPED))).containsEntry("alreadyRecorded", true);
    }
}
