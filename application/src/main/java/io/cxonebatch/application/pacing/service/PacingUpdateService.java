package io.cxonebatch.application.pacing.service;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.RowRejection;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.kit.calls.Answered;
import io.cxonebatch.application.kit.calls.Attempt;
import io.cxonebatch.application.kit.calls.AuditTrail;
import io.cxonebatch.application.kit.calls.Refused;
import io.cxonebatch.application.kit.campaigns.CampaignReference;
import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.application.pacing.PacingStage;
import io.cxonebatch.application.pacing.PacingUpdateListener;
import io.cxonebatch.application.pacing.PacingUpdated;
import io.cxonebatch.application.pacing.port.in.UpdatePacingUseCase;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.application.port.out.cxone.UpdatePacingPort;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.pacing.PacingChange;
import io.cxonebatch.domain.pacing.PacingComparison;
import io.cxonebatch.domain.pacing.PacingFieldChange;
import io.cxonebatch.domain.pacing.PacingSettings;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies a pacing row to its campaign atomically: read the settings and their version, compare, and {@code PUT} the
 * whole set with {@code If-Match}. On 412 someone changed the campaign since the read: read again, compare again (they
 * may have made this very change) and try again, at most {@link #MAX_ATTEMPTS} times, never without {@code If-Match}.
 * A 422 is a rejection carrying CXone's reason. After an accepted update the settings are read back once, to give
 * the pacing accuracy (the share of the asked fields CXone holds) and to catch an engine that quietly clamps a value.
 *
 * <p>The intent, with the real previous values and the version, is audited before the {@code PUT}; the update after
 * it, with previous and new values, the latency and the accuracy. A crash in between is harmless: the next attempt
 * reads the campaign and finds the values in place. A call CXone did not answer (5xx after retries, an open circuit)
 * leaves the row PENDING for later, the same way.
 */
public final class PacingUpdateService implements UpdatePacingUseCase {

    static final int MAX_ATTEMPTS = 3;
    static final String ALREADY_IN_PLACE = "already in place";
    static final String UPDATE = "PACING_UPDATE";
    static final String ALREADY_IN_PLACE_ACTION = "PACING_ALREADY_IN_PLACE";
    static final String LISTENER_FAILED = "PACING_LISTENER_FAILED";
    private static final System.Logger log = System.getLogger(PacingUpdateService.class.getName());

    private final PacingRows rows;
    private final StageItemsPort staging;
    private final LoadKnownCampaignPort registry;
    private final LoadOutboundSettingsPort settings;
    private final UpdatePacingPort updates;
    private final AppendAuditEventsPort audit;
    private final List<PacingUpdateListener> listeners;
    private final Clock clock;

    public PacingUpdateService(PacingRows rows, StageItemsPort staging, LoadKnownCampaignPort registry,
            LoadOutboundSettingsPort settings, UpdatePacingPort updates, AppendAuditEventsPort audit,
            List<PacingUpdateListener> listeners, Clock clock) {
        this.rows = rows;
        this.staging = staging;
        this.registry = registry;
        this.settings = settings;
        this.updates = updates;
        this.audit = audit;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    @Override
    public PacingPass startPass(long runId, long jobExecutionId, boolean dryRun) {
        AuditTrail trail = new AuditTrail(audit, clock, PacingJob.NAME, jobExecutionId);
        return row -> {
            ItemResult result = carryOut(row, trail, jobExecutionId, dryRun);
            if (result == null) {
                return Optional.empty();
            }
            staging.settle(runId, List.of(result));
            return Optional.of(result);
        };
    }

    /** Null when CXone was not answering and the row waits. */
    private @Nullable ItemResult carryOut(StagedItem row, AuditTrail trail, long jobExecutionId, boolean dryRun) {
        try {
            Validated<PacingChange> checked = rows.check(row);
            Optional<KnownCampaign> known = row.ref() == null ? Optional.empty() : registry.findByKeyOrCampaignId(row.ref());
            CampaignId id = known.map(KnownCampaign::campaignId).orElse(null);
            if (!(checked instanceof Validated.Valid<PacingChange> valid) || id == null) {
                List<Violation> reasons = id == null ? List.of(CampaignReference.vanished(String.valueOf(row.ref()), "campaign"))
                        : checked.violations();
                audit.append(RowRejection.event(PacingJob.NAME, clock.instant(), jobExecutionId, row.key(), row.ref(),
                        PacingStage.UPDATE, reasons));
                return ItemResult.rejected(row.key(), PacingStage.UPDATE.name(), reasons);
            }
            return apply(row.key(), known.get().externalKey().value(), id, valid.value().settings(), trail, jobExecutionId, dryRun);
        } catch (CxoneCallException e) {
            // Audited by the trail already; a CXone that may answer later leaves the row for later.
            return e.isRetryable() ? null : failed(row.key(), "CXONE_CALL_FAILED", e.getMessage());
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.ERROR, "Pacing line " + row.key() + " (" + row.ref() + ") failed unexpectedly", e);
            return failed(row.key(), "UNEXPECTED_ERROR", "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private @Nullable ItemResult apply(long line, String key, CampaignId id, PacingSettings wanted, AuditTrail trail,
            long jobExecutionId, boolean dryRun) {
        // The read a PUT was last sent from, while no answer has said whether CXone applied it (a 412 to the client's
        // resend of a PUT whose answer was lost, a 5xx, a timeout): a re-read finding the values in place then means
        // the update went through, and it is recorded as one.
        OutboundSettings sentFrom = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            OutboundSettings current = trail.read(UPDATE, key, () -> settings.loadOutboundSettings(id));
            List<PacingFieldChange> changes = PacingComparison.changes(current.pacing(), wanted);
            if (changes.isEmpty() && sentFrom != null) {
                List<PacingFieldChange> made = PacingComparison.changes(sentFrom.pacing(), wanted);
                Map<String, Object> details = details(sentFrom, wanted, made, attempt);
                details.put("answerLost", "CXone's answer to the PUT did not come back; a re-read shows the values in place");
                details.put("versionAfter", current.version());
                details.put("pacingAccuracy", PacingComparison.accuracy(wanted, current.pacing()));
                trail.record(UPDATE, key, AuditOutcome.SUCCESS, details);
                return updated(line, key, id, sentFrom, wanted, current.version(), PacingComparison.accuracy(wanted, current.pacing()),
                        made, trail, jobExecutionId);
            }
            Map<String, Object> details = details(current, wanted, changes, attempt);
            if (changes.isEmpty()) {
                trail.record(ALREADY_IN_PLACE_ACTION, key, AuditOutcome.SKIPPED, details);
                return new ItemResult(line, ItemStatus.ALREADY_DONE, null, List.of(), id.value(), List.of(ALREADY_IN_PLACE));
            }
            List<String> lines = changes.stream().map(PacingFieldChange::describe).toList();
            if (dryRun) {
                trail.record(UPDATE, key, AuditOutcome.PLANNED, details);
                return new ItemResult(line, ItemStatus.PLANNED, null, List.of(), id.value(), lines);
            }
            trail.record(UPDATE, key, AuditOutcome.INTENDED, details);
            Attempt<Long> put = trail.attempt(() -> updates.updatePacing(id, current.name(), wanted, current.version()));
            if (put instanceof Answered<Long> answered) {
                Double accuracy = readBackAccuracy(id, wanted, details);
                details.put("versionAfter", answered.require());
                if (accuracy != null) {
                    details.put("pacingAccuracy", accuracy);
                }
                trail.succeeded(UPDATE, key, answered, details);
                return updated(line, key, id, current, wanted, answered.require(), accuracy, changes, trail, jobExecutionId);
            }
            CxoneCallException refusal = ((Refused<Long>) put).cause();
            trail.failed(UPDATE, key, refusal, put.latencyMillis(), details);
            if (refusal instanceof StaleVersionException || refusal instanceof CxoneOutcomeUnknownException) {
                sentFrom = current;
                continue;
            }
            if (refusal.httpStatus() == 422) {
                List<Violation> reasons = List.of(Violation.of("ENGINE_CONSTRAINT", "", "CXone refused the update (422): "
                        + (refusal.serverMessage() == null ? "no reason given" : refusal.serverMessage())));
                return new ItemResult(line, ItemStatus.REJECTED, PacingStage.UPDATE.name(), reasons, id.value(), lines);
            }
            return refusal.isRetryable() ? null : failed(line, "CXONE_CALL_FAILED", refusal.getMessage());
        }
        return failed(line, "VERSION_CONFLICT", "campaign " + key + " changed under each of " + MAX_ATTEMPTS
                + " attempts (412 every time); left as CXone has it");
    }

    /** An update CXone took, audited already: the listeners are told, and the row is DONE with what moved. */
    private ItemResult updated(long line, String key, CampaignId id, OutboundSettings before, PacingSettings wanted,
            long newVersion, @Nullable Double accuracy, List<PacingFieldChange> changes, AuditTrail trail, long jobExecutionId) {
        PacingUpdated update = new PacingUpdated(id, key, before.pacing(), wanted, newVersion, accuracy, jobExecutionId,
                clock.instant());
        for (PacingUpdateListener listener : listeners) {
            tell(listener, update, trail);
        }
        return new ItemResult(line, ItemStatus.DONE, null, List.of(), id.value(),
                changes.stream().map(PacingFieldChange::describe).toList());
    }

    /** The share of the asked fields CXone holds when read back; null, with the reason in the details, when unreadable. */
    private @Nullable Double readBackAccuracy(CampaignId id, PacingSettings wanted, Map<String, Object> details) {
        try {
            OutboundSettings after = settings.loadOutboundSettings(id);
            List<PacingFieldChange> notHeld = PacingComparison.changes(after.pacing(), wanted);
            if (!notHeld.isEmpty()) {
                details.put("notHeldAsAsked", notHeld.stream().map(PacingFieldChange::describe).toList());
            }
            return PacingComparison.accuracy(wanted, after.pacing());
        } catch (CxoneCallException e) {
            details.put("readBackError", e.getMessage());
            return null;
        }
    }

    private void tell(PacingUpdateListener listener, PacingUpdated update, AuditTrail trail) {
        try {
            listener.updated(update);
        } catch (RuntimeException e) {
            // A listener is told after the fact: its failure is news, not a reason to undo or fail the update.
            log.log(System.Logger.Level.WARNING, "Pacing listener " + listener.name() + " failed for campaign "
                    + update.externalKey() + "; the update stands", e);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("listener", listener.name());
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            trail.record(LISTENER_FAILED, update.externalKey(), AuditOutcome.FAILED, details);
        }
    }

    private static Map<String, Object> details(OutboundSettings current, PacingSettings wanted, List<PacingFieldChange> changes,
            int attempt) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("campaignId", current.id().value());
        details.put("versionBefore", current.version());
        details.put("attempt", attempt);
        details.put("previous", values(current.pacing()));
        details.put("new", values(wanted));
        details.put("changes", changes.stream().map(PacingFieldChange::describe).toList());
        return details;
    }

    /** The settings by plan column; empty when the campaign had no dialer parameters. */
    private static Map<String, String> values(@Nullable PacingSettings settings) {
        return settings == null ? Map.of() : PacingComparison.fields(settings);
    }

    private static ItemResult failed(long line, String code, @Nullable String reason) {
        return new ItemResult(line, ItemStatus.FAILED, PacingStage.UPDATE.name(),
                List.of(Violation.of(code, "", reason == null ? code : reason)), null, List.of());
    }
}
