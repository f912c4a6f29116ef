package io.cxonebatch.application.service;

import io.cxonebatch.application.port.in.ActivationOutcome;
import io.cxonebatch.application.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.port.in.ProvisioningOutcome;
import io.cxonebatch.application.port.in.ProvisioningResult;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One provisioning call's state: what it learnt of the campaign, what it changed or planned, and the audit events
 * and registry updates that record it. Each call makes its own and no other thread sees it, which is what lets
 * {@link ProvisionCampaignService} run calls side by side.
 */
final class ProvisioningRun {

    private final CampaignSpec spec;
    private final @Nullable Long jobExecutionId;
    private final boolean dryRun;
    private final AppendAuditEventsPort audit;
    private final SaveKnownCampaignPort saveKnown;
    private final Clock clock;
    private final List<String> changes = new ArrayList<>();
    private @Nullable CampaignId id;
    private @Nullable KnownCampaign known;
    private @Nullable CampaignStatus status;
    private @Nullable String wiredListId;
    private @Nullable String listedRuleListId;
    private boolean keyWasKnown;
    private boolean changed;
    private boolean planned;

    ProvisioningRun(ProvisionCampaignCommand command, AppendAuditEventsPort audit, SaveKnownCampaignPort saveKnown, Clock clock) {
        this.spec = command.spec();
        this.jobExecutionId = command.jobExecutionId();
        this.dryRun = command.dryRun();
        this.audit = audit;
        this.saveKnown = saveKnown;
        this.clock = clock;
    }

    CampaignSpec spec() {
        return spec;
    }

    ExternalKey key() {
        return spec.externalKey();
    }

    boolean dryRun() {
        return dryRun;
    }

    @Nullable CampaignId id() {
        return id;
    }

    @Nullable CampaignStatus status() {
        return status;
    }

    /**
     * Whether the campaign has a dialer rule: recorded in the registry (or by this run) as wired to the rule's list,
     * or reported by CXone's listing.
     */
    boolean hasDialerRule(String targetListId) {
        return targetListId.equals(wiredListId) || listedRuleListId != null;
    }

    /** The list CXone's listing reports the campaign's dialer rule dials; null when it reports none. */
    @Nullable String listedRuleListId() {
        return listedRuleListId;
    }

    /** Whether the campaign already dials this list, through its dialer rule or its preview configuration. */
    boolean isWiredTo(String listId) {
        return listId.equals(wiredListId);
    }

    CampaignId requireId() {
        CampaignId campaignId = id;
        if (campaignId == null) {
            throw new IllegalStateException("campaign " + key() + " has no CXone id yet");
        }
        return campaignId;
    }

    // --- what the run learns

    /** The registry knows the key and its campaign id: this run resumes where an earlier one stopped. */
    void resume(KnownCampaign entry) {
        keyWasKnown = true;
        known = entry;
        id = entry.campaignId();
        wiredListId = entry.targetListId();
    }

    /** Records in the registry, before the create call, that this key is about to create a campaign of this name. */
    void intendToCreate() {
        remember(new KnownCampaign(key(), null, spec.name(), spec.type(), CampaignStatus.DRAFT, spec.window(),
                spec.queueId(), null, clock.instant()));
    }

    /** CXone answered the create call with this id, in DRAFT: the audit names it from now on. */
    void identify(CampaignId createdId) {
        id = createdId;
        status = CampaignStatus.DRAFT;
    }

    /** CXone created the campaign, in DRAFT; the registry learns of it before any other call. */
    void created(CampaignId createdId) {
        identify(createdId);
        // Saved before anything else, so a crash from here on resumes instead of creating again.
        remember(new KnownCampaign(key(), createdId, spec.name(), spec.type(), CampaignStatus.DRAFT, spec.window(),
                spec.queueId(), null, clock.instant()));
    }

    /** A campaign found in CXone by name becomes this row's campaign; a dry run stops here. */
    void found(RemoteCampaign remote) {
        id = remote.id();
        observe(remote);
    }

    /** A campaign found by name after a clash becomes this row's campaign, and the registry's. */
    void adopted(RemoteCampaign remote) {
        found(remote);
        remember(new KnownCampaign(key(), remote.id(), remote.name(), remote.type() != null ? remote.type() : spec.type(),
                remote.status(), remote.window() != null ? remote.window() : spec.window(),
                remote.queueId() != null ? remote.queueId() : spec.queueId(), remote.targetListId(), clock.instant()));
    }

    /** What CXone's listing (or a read by id, which reports no dialer rule) says of the campaign. */
    void observe(RemoteCampaign remote) {
        status = remote.status();
        if (remote.targetListId() != null) {
            listedRuleListId = remote.targetListId();
        }
    }

    void observeStatus(CampaignStatus observed) {
        status = observed;
    }

    // --- the registry

    private void remember(KnownCampaign entry) {
        known = entry;
        wiredListId = entry.targetListId();
        saveKnown.saveKnownCampaign(entry);
    }

    /** Records in the registry which list the campaign now dials, so a later run knows the step is done. */
    void wire(String listId) {
        wiredListId = listId;
        KnownCampaign current = known;
        if (current != null) {
            known = new KnownCampaign(current.externalKey(), current.campaignId(), current.name(), current.type(),
                    current.status(), current.window(), current.queueId(), listId, current.statusObservedAt());
            saveKnown.saveKnownCampaign(known);
        }
    }

    /** Keeps the registry's last observed status in step with what this run saw. */
    void rememberStatus() {
        KnownCampaign current = known;
        CampaignStatus observed = status;
        if (!dryRun && current != null && observed != null && current.status() != observed) {
            known = current.withStatus(observed, clock.instant());
            saveKnown.saveKnownCampaign(known);
        }
    }

    // --- the audit record and the changes list

    /** Makes a CXone read; a failure is audited under {@code action} and fails the row. */
    <T> T read(String action, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } catch (CxoneCallException e) {
            throw failed(action, e, Latency.millisSince(started), Map.of());
        }
    }

    /**
     * Audits a failed call and returns the exception that ends the row with the call's message: deferred when CXone
     * was not answering (the row is tried again later and resumes), failed otherwise.
     */
    RowFailedException failed(String action, CxoneCallException e, long latency, Map<String, ?> details) {
        Map<String, Object> withError = new LinkedHashMap<>(details);
        withError.put("operation", e.operation());
        withError.put("error", e.getMessage());
        boolean unknown = e instanceof CxoneOutcomeUnknownException;
        audit(action, unknown ? AuditOutcome.UNKNOWN : AuditOutcome.FAILED, e.httpStatus(), latency, withError);
        return e.isRetryable() ? RowFailedException.deferred(e.getMessage()) : new RowFailedException(e.getMessage());
    }

    /** Audits, before a call that changes CXone, what it is about to do. */
    void intend(String action, Map<String, ?> details) {
        audit(action, AuditOutcome.INTENDED, null, null, details);
    }

    /** Records a change made, in the result and in the audit. */
    void done(String action, String change, @Nullable Long latency, Map<String, ?> details) {
        changed = true;
        changes.add(change);
        audit(action, AuditOutcome.SUCCESS, null, latency, details);
    }

    void plan(String action, String change, Map<String, ?> details) {
        planned = true;
        changes.add("would " + change);
        audit(action, AuditOutcome.PLANNED, null, null, details);
    }

    /** Adds a line to the result's changes without counting as a change made. */
    void note(String change) {
        changes.add(change);
    }

    void audit(String action, AuditOutcome outcome, @Nullable Integer httpStatus, @Nullable Long latency, Map<String, ?> details) {
        audit.append(new AuditEvent(clock.instant(), jobExecutionId, ProvisionCampaignService.JOB_NAME, action, ref(),
                outcome, httpStatus, latency, details));
    }

    /** The campaign as the audit names it: the external key, and the CXone id once known. */
    String ref() {
        return id == null ? key().value() : key().value() + "/" + id.value();
    }

    // --- the result

    /** PROVISIONED when this run changed something or met a new key; otherwise PLANNED or ALREADY_PRESENT. */
    ProvisioningOutcome finalOutcome() {
        if (dryRun) {
            return planned ? ProvisioningOutcome.PLANNED : alreadyPresent();
        }
        return changed || !keyWasKnown ? ProvisioningOutcome.PROVISIONED : alreadyPresent();
    }

    private ProvisioningOutcome alreadyPresent() {
        audit("CAMPAIGN_ALREADY_PRESENT", AuditOutcome.SKIPPED, null, null,
                Map.of("status", status == null ? "UNKNOWN" : status.name()));
        return ProvisioningOutcome.ALREADY_PRESENT;
    }

    ProvisioningResult activationResult(ActivationOutcome activation) {
        return result(ProvisioningOutcome.PROVISIONED, activation, null);
    }

    ProvisioningResult result(ProvisioningOutcome outcome, ActivationOutcome activation, @Nullable String reason) {
        return new ProvisioningResult(key(), id, outcome, activation, changes, reason);
    }
}
