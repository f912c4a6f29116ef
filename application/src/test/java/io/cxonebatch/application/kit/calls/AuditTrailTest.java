package io.cxonebatch.application.kit.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cxonebatch.application.kit.calls.Answered;
import io.cxonebatch.application.kit.calls.Attempt;
import io.cxonebatch.application.kit.calls.AuditTrail;
import io.cxonebatch.application.kit.calls.Refused;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-09-15T12:00:00Z");
    private static final long PAUSE_MILLIS = 25;

    private final List<AuditEvent> events = new ArrayList<>();
    private final AppendAuditEventsPort audit = events::addAll;
    private final AuditTrail trail = new AuditTrail(audit, Clock.fixed(NOW, ZoneOffset.UTC), "campaign-provisioning", 42L);

    private static <T> Supplier<T> slowly(Supplier<T> call) {
        return () -> {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return call.get();
        };
    }

    private static <T> Supplier<T> failingWith(CxoneCallException e) {
        return slowly(() -> {
            throw e;
        });
    }

    private static Map<String, Object> details(AuditEvent event) {
        return Map.copyOf(event.details());
    }

    private AuditEvent onlyEvent() {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aSuccessfulCallAuditsNothingAndReturnsItsValueStatusAndLatency() {
        Answered<String> answered = trail.call("CAMPAIGN_CREATED", "Q3-EAST", Map.of(),
                slowly(() -> new CxoneAnswer<>("cmp-1", 201)));

        assertThat(events).isEmpty();
        assertThat(answered.value()).isEqualTo("cmp-1");
        assertThat(answered.httpStatus()).isEqualTo(201);
        assertThat(answered.latencyMillis()).isGreaterThanOrEqualTo(PAUSE_MILLIS);
    }

    @Test
    void aWriteCxoneCouldNotGuardIsAuditedAsUnguardedAndAGuardedOneKeepsItsDetailsAsGiven() {
        Attempt<Long> unguarded = trail.attempt(() -> CxoneAnswer.unguarded(7L, 200));
        Attempt<Long> guarded = trail.attempt(() -> new CxoneAnswer<>(8L, 200));

        trail.succeeded("PACING_UPDATED", "Q3-EAST", (Answered<Long>) unguarded, Map.of("versionAfter", 7L));
        trail.succeeded("PACING_UPDATED", "Q3-WEST", (Answered<Long>) guarded, Map.of("versionAfter", 8L));

        assertThat(events).hasSize(2);
        assertThat(details(events.get(0))).containsOnly(entry("versionAfter", 7L), entry(AuditTrail.UNGUARDED_KEY, false));
        assertThat(details(events.get(1))).containsOnly(entry("versionAfter", 8L));
    }

    @Test
    void whatCxoneHadNoFieldForIsNamedInTheAuditOfTheChange() {
        Attempt<String> answered = trail.attempt(() -> CxoneAnswer.unguarded("general-settings", 200).notApplying("the target list"));

        trail.succeeded("DIALER_RULE_ATTACHED", "Q3-EAST", (Answered<String>) answered, Map.of("targetListId", "list_east"));

        assertThat(details(onlyEvent())).containsOnly(entry("targetListId", "list_east"), entry(AuditTrail.UNGUARDED_KEY, false),
                entry(AuditTrail.NOT_APPLIED_KEY, "the target list"));
    }

    @Test
    void aRefusedCallIsAuditedAsFailedWithItsStatusLatencyDetailsAndErrorAndThrownOn() {
        CxoneRejectedException refusal = new CxoneRejectedException("POST /api/v2/campaigns", 422, "skill unknown", null);

        assertThatThrownBy(() -> trail.call("CAMPAIGN_CREATED", "Q3-EAST", Map.of("name", "Campaign Q3"), failingWith(refusal)))
                .isSameAs(refusal);

        AuditEvent event = onlyEvent();
        assertThat(event.action()).isEqualTo("CAMPAIGN_CREATED");
        assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(event.httpStatus()).isEqualTo(422);
        assertThat(event.latencyMillis()).isGreaterThanOrEqualTo(PAUSE_MILLIS);
        assertThat(details(event)).containsOnly(entry("name", "Campaign Q3"), entry("operation", "POST /api/v2/campaigns"),
                entry("error", "POST /api/v2/campaigns failed (HTTP 422): skill unknown"));
    }

    @Test
    void aCallWhoseOutcomeIsUnknownIsAuditedAsUnknown() {
        CxoneOutcomeUnknownException unknown = new CxoneOutcomeUnknownException("POST /api/v2/campaigns", 0, null, null);

        assertThatThrownBy(() -> trail.call("CAMPAIGN_CREATED", "Q3-EAST", Map.of(), failingWith(unknown))).isSameAs(unknown);

        AuditEvent event = onlyEvent();
        assertThat(event.outcome()).isEqualTo(AuditOutcome.UNKNOWN);
        assertThat(event.httpStatus()).isZero();
        assertThat(details(event)).containsEntry("error", "POST /api/v2/campaigns failed (no response)");
    }

    @Test
    void anUnavailableCxoneThatSurelyDidNothingIsAuditedAsFailed() {
        CxoneUnavailableException unavailable = new CxoneUnavailableException("PUT /api/v2/campaigns/cmp-1", 503, "busy", null);

        assertThatThrownBy(() -> trail.call("PACING_UPDATED", "cmp-1", Map.of(), failingWith(unavailable))).isSameAs(unavailable);

        assertThat(onlyEvent().outcome()).isEqualTo(AuditOutcome.FAILED);
    }

    @Test
    void anErrorThatIsNotACxoneFailureIsNotAudited() {
        IllegalStateException bug = new IllegalStateException("bug");

        assertThatThrownBy(() -> trail.call("CAMPAIGN_CREATED", "Q3-EAST", Map.of(), () -> {
            throw bug;
        })).isSameAs(bug);

        assertThat(events).isEmpty();
    }

    @Test
    void theEventNamesTheRunTheCampaignAndTheClocksTime() {
        CxoneRejectedException refusal = new CxoneRejectedException("POST /api/v2/campaigns", 400, "bad", null);

        assertThatThrownBy(() -> trail.call("CAMPAIGN_CREATED", "Q3-EAST/cmp-1", Map.of(), failingWith(refusal)));

        AuditEvent event = onlyEvent();
        assertThat(event.jobName()).isEqualTo("campaign-provisioning");
        assertThat(event.jobExecutionId()).isEqualTo(42L);
        assertThat(event.campaignRef()).isEqualTo("Q3-EAST/cmp-1");
        assertThat(event.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void aTrailOutsideAJobRecordsNoExecutionAndACallWithoutACampaignNoRef() {
        AuditTrail outsideAJob = new AuditTrail(audit, Clock.fixed(NOW, ZoneOffset.UTC), "preview-sync", null);
        CxoneRejectedException refusal = new CxoneRejectedException("POST /api/v2/webhooks", 400, "bad", null);

        assertThatThrownBy(() -> outsideAJob.call("WEBHOOK_REGISTERED", null, Map.of(), failingWith(refusal)));

        AuditEvent event = onlyEvent();
        assertThat(event.jobName()).isEqualTo("preview-sync");
        assertThat(event.jobExecutionId()).isNull();
        assertThat(event.campaignRef()).isNull();
    }

    @Test
    void anAttemptThatSucceedsIsAnsweredAndAuditsNothing() {
        Attempt<String> attempt = trail.attempt(slowly(() -> new CxoneAnswer<>("cmp-1", 201)));

        assertThat(attempt).isInstanceOf(Answered.class);
        Answered<String> answered = (Answered<String>) attempt;
        assertThat(answered.value()).isEqualTo("cmp-1");
        assertThat(answered.httpStatus()).isEqualTo(201);
        assertThat(answered.latencyMillis()).isGreaterThanOrEqualTo(PAUSE_MILLIS);
        assertThat(events).isEmpty();
    }

    @Test
    void anAttemptThatCxoneRefusesIsRefusedWithTheCauseAndAuditsNothing() {
        CxoneConflictException conflict = new CxoneConflictException("POST /api/v2/campaigns", 409, "name taken", null);

        Attempt<String> attempt = trail.attempt(failingWith(conflict));

        assertThat(attempt).isInstanceOf(Refused.class);
        assertThat(((Refused<String>) attempt).cause()).isSameAs(conflict);
        assertThat(attempt.latencyMillis()).isGreaterThanOrEqualTo(PAUSE_MILLIS);
        assertThat(events).isEmpty();
    }

    @Test
    void succeededWritesSuccessWithTheAnsweredStatusAndLatency() {
        trail.succeeded("CAMPAIGN_CREATED", "Q3-EAST/cmp-1", new Answered<>("cmp-1", 201, 87), Map.of("name", "Campaign Q3"));

        AuditEvent event = onlyEvent();
        assertThat(event.action()).isEqualTo("CAMPAIGN_CREATED");
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.httpStatus()).isEqualTo(201);
        assertThat(event.latencyMillis()).isEqualTo(87L);
        assertThat(event.campaignRef()).isEqualTo("Q3-EAST/cmp-1");
        assertThat(details(event)).containsOnly(entry("name", "Campaign Q3"));
        assertThat(event.jobExecutionId()).isEqualTo(42L);
        assertThat(event.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void aReadThatSucceedsReturnsItsValueAndAuditsNothing() {
        assertThat(trail.read("CAMPAIGN_LOADED", "cmp-1", () -> "campaign")).isEqualTo("campaign");

        assertThat(events).isEmpty();
    }

    @Test
    void aReadThatFailsIsAuditedAndThrownOn() {
        CxoneRejectedException notFound = new CxoneRejectedException("GET /api/v2/campaigns/cmp-1", 404, "no such campaign", null);

        assertThatThrownBy(() -> trail.read("CAMPAIGN_LOADED", "cmp-1", failingWith(notFound))).isSameAs(notFound);

        AuditEvent event = onlyEvent();
        assertThat(event.action()).isEqualTo("CAMPAIGN_LOADED");
        assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(event.httpStatus()).isEqualTo(404);
        assertThat(event.latencyMillis()).isGreaterThanOrEqualTo(PAUSE_MILLIS);
        assertThat(event.campaignRef()).isEqualTo("cmp-1");
        assertThat(details(event)).containsOnly(entry("operation", "GET /api/v2/campaigns/cmp-1"),
                entry("error", "GET /api/v2/campaigns/cmp-1 failed (HTTP 404): no such campaign"));
    }
}
