package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.calls.Answered;
import io.cxonebatch.application.kit.calls.AuditTrail;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.RegisterWebhookPort;
import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookRegistryPort;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
import io.cxonebatch.application.provisioning.port.in.EnsureWebhookUseCase;
import io.cxonebatch.application.provisioning.port.in.WebhookOutcome;
import io.cxonebatch.application.provisioning.port.in.WebhookRequest;
import io.cxonebatch.application.provisioning.port.in.WebhookResult;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a webhook in CXone unless the registry already records one for the same event filter and URI,
 * auditing each call under {@code WEBHOOK_REGISTERED}.
 *
 * <p>The intent is recorded (and audited) before the POST and settled after it, so a crash or an answer that
 * says nothing (5xx, timeout) leaves a record. CXone cannot list webhooks, so a webhook whose POST may have taken
 * effect is never sent again: it stays {@link WebhookState#UNCONFIRMED} and the result says so, for someone to
 * check in CXone. Only a definite refusal (4xx, or a call that never left) drops the intent so that a later run
 * tries again. When another node recorded its intent first, nothing is sent. Failures of the registry propagate.
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
        AuditTrail trail = new AuditTrail(audit, clock, request.jobName(), request.jobExecutionId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", request.name());
        details.put("eventFilter", request.eventFilter());
        details.put("uri", request.uri());
        Optional<RegisteredWebhook> recorded = registry.findRegistered(request.eventFilter(), request.uri());
        if (recorded.isPresent()) {
            return alreadyRecorded(request, recorded.get(), details, trail);
        }
        if (request.dryRun()) {
            trail.record(ACTION, null, AuditOutcome.PLANNED, details);
            return new WebhookResult(WebhookOutcome.PLANNED, null);
        }
        RegisteredWebhook intent = new RegisteredWebhook(request.name(), request.eventFilter(), request.uri(), clock.instant(),
                request.jobExecutionId(), WebhookState.INTENDED);
        if (!registry.recordIntent(intent)) {
            details.put("alreadyRecorded", true);
            trail.record(ACTION, null, AuditOutcome.SKIPPED, details);
            return new WebhookResult(WebhookOutcome.ALREADY_REGISTERED, null);
        }
        trail.record(ACTION, null, AuditOutcome.INTENDED, details);
        Answered<Void> answered;
        try {
            answered = trail.call(ACTION, null, details, () -> register.registerWebhook(request.name(), request.eventFilter(), request.uri()));
        } catch (CxoneOutcomeUnknownException e) {
            registry.settle(request.eventFilter(), request.uri(), WebhookState.UNCONFIRMED);
            return new WebhookResult(WebhookOutcome.UNCONFIRMED, unconfirmed(request, e.getMessage()));
        } catch (CxoneCallException e) {
            registry.forgetIntent(request.eventFilter(), request.uri());
            return new WebhookResult(WebhookOutcome.FAILED, e.getMessage());
        }
        registry.settle(request.eventFilter(), request.uri(), WebhookState.REGISTERED);
        trail.succeeded(ACTION, null, answered, details);
        return new WebhookResult(WebhookOutcome.REGISTERED, null);
    }

    private WebhookResult alreadyRecorded(WebhookRequest request, RegisteredWebhook recorded, Map<String, Object> details,
            AuditTrail trail) {
        details.put("registeredAt", recorded.registeredAt().toString());
        details.put("state", recorded.state().name());
        trail.record(ACTION, null, AuditOutcome.SKIPPED, details);
        if (recorded.state() == WebhookState.REGISTERED) {
            return new WebhookResult(WebhookOutcome.ALREADY_REGISTERED, null);
        }
        // INTENDED with nobody settling it means a run died after (or while) sending it: as unknown as UNCONFIRMED.
        return new WebhookResult(WebhookOutcome.UNCONFIRMED, unconfirmed(request,
                "a registration sent at " + recorded.registeredAt() + " was never confirmed"));
    }

    private static String unconfirmed(WebhookRequest request, String why) {
        return "CXone may or may not hold webhook '" + request.name() + "' for " + request.eventFilter() + " (" + why
                + "); it is not sent again, since CXone cannot list webhooks and a second one would deliver every event"
                + " twice: check it in CXone";
    }

}
