package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.time.Instant;
import java.util.Map;

/** Audit events for tests: a plausible default and small variations of it. */
final class AuditEvents {

    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private AuditEvents() {
    }

    static AuditEvent created(String campaignRef) {
        return new AuditEvent(NOON, 41L, "campaign-provisioning", "CAMPAIGN_CREATED", campaignRef,
                AuditOutcome.SUCCESS, 201, 87L, Map.of("name", "Q3 Predictive Outreach", "type", "PREDICTIVE"));
    }

    static AuditEvent at(Instant occurredAt, String campaignRef) {
        AuditEvent event = created(campaignRef);
        return new AuditEvent(occurredAt, event.jobExecutionId(), event.jobName(), event.action(), campaignRef,
                event.outcome(), event.httpStatus(), event.latencyMillis(), event.details());
    }

    static AuditEvent numbered(String campaignRef, int sequence) {
        return new AuditEvent(NOON.plusSeconds(sequence), 7L, "campaign-status-monitor", "STATUS_OBSERVED",
                campaignRef, AuditOutcome.SUCCESS, 200, 12L, Map.of("sequence", sequence));
    }
}
