package io.cxonebatch.application.service;

import io.cxonebatch.application.port.in.EnsureWebhookUseCase;
import io.cxonebatch.application.port.in.WebhookOutcome;
import io.cxonebatch.application.port.in.WebhookRequest;
import io.cxonebatch.application.port.in.WebhookResult;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.RegisterWebhookPort;
import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookRegistryPort;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Registers a webhook in CXone unless the registry already records one for the same event filter and URI, then
 * records it, auditing each call under {@code WEBHOOK_REGISTERED}.
 *
 * <p>The record is written after CXone accepts the webhook, so a crash between the two, or another node
 * registering the same webhook at the same moment, leaves CXone holding it twice; the contract has no call to
 * list or remove webhooks. When another node recorded it first, the audit says so ({@code alreadyRecorded}).
 * Failures of the registry itself propagate.
 *
 * <p>Thread-safe: it holds only its collaborators.
 */
public final class EnsureWebhookService implements EnsureWebhookUseCase {

    static final String ACTION = "WEBHOOK_REGISTERED";

    private final RegisterWebhookPort register;
    private final WebhookRegistryPort registry;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public EnsureWebhookService(RegisterWebhookPort register, WebhookRegistryPort registry, AppendAuditEventsPort audit, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public WebhookResult ensureRegistered(WebhookRequest request) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", request.name());
        details.put("eventFilter", request.eventFilter());
        details.put("uri", request.uri());
        Optional<RegisteredWebhook> recorded = registry.findRegistered(request.eventFilter(), request.uri());
        if (recorded.isPresent()) {
            details.put("registeredAt", recorded.get().registeredAt().toString());
            audit(request, AuditOutcome.SKIPPED, null, null, details);
            return new WebhookResult(WebhookOutcome.ALREADY_REGISTERED, null);
        }
        if (request.dryRun()) {
            audit(request, AuditOutcome.PLANNED, null, null, details);
            return new WebhookResult(WebhookOutcome.PLANNED, null);
        }
        long started = System.nanoTime();
        try {
            register.registerWebhook(request.name(), request.eventFilter(), request.uri());
        } catch (CxoneCallException e) {
            details.put("operation", e.operation());
            details.put("error", e.getMessage());
            audit(request, AuditOutcome.FAILED, e.httpStatus(), Latency.millisSince(started), details);
            return new WebhookResult(WebhookOutcome.FAILED, e.getMessage());
        }
        long latency = Latency.millisSince(started);
        boolean recordedFirst = registry.recordRegistered(new RegisteredWebhook(request.name(), request.eventFilter(),
                request.uri(), clock.instant(), request.jobExecutionId()));
        if (!recordedFirst) {
            details.put("alreadyRecorded", true);
        }
        audit(request, AuditOutcome.SUCCESS, null, latency, details);
        return new WebhookResult(WebhookOutcome.REGISTERED, null);
    }

    private void audit(WebhookRequest request, AuditOutcome outcome, @Nullable Integer httpStatus, @Nullable Long latency,
            Map<String, ?> details) {
        audit.append(new AuditEvent(clock.instant(), request.jobExecutionId(), request.jobName(), ACTION, null, outcome,
                httpStatus, latency, details));
    }
}
