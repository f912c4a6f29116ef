package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.calls.Answered;
import io.cxonebatch.application.kit.calls.Attempt;
import io.cxonebatch.application.kit.calls.AuditTrail;
import io.cxonebatch.application.kit.calls.Refused;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.provisioning.ProvisioningJob;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.provisioning.port.in.ActivationOutcome;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.provisioning.port.in.ProvisioningResult;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.time.Clock;
import java.util.ArrayList;
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
    private final boolean dryRun;
    private final AuditTrail trail;
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
        this.dryRun = command.dryRun();
        this.trail = new AuditTrail(audit, clock, ProvisioningJob.NAME, command.jobExecutionId());
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

    /** Makes a CXone read; a failure is audited under {@code action} and ends the row. */
    <T> T read(String action, Supplier<T> call) {
        try {
            return trail.read(action, ref(), call);
        } catch (CxoneCallException e) {
            throw ending(e);
        }
    }

    /** Makes a call that changes CXone; a failure is audited under {@code action} and thrown on. */
    <T> Answered<T> call(String action, Map<String, ?> details, Supplier<CxoneAnswer<T>> call) {
        return trail.call(action, ref(), details, call);
    }

    /** Makes a call that changes CXone and audits nothing, for callers that audit each ending themselves. */
    <T> Attempt<T> attempt(Supplier<CxoneAnswer<T>> call) {
        return trail.attempt(call);
    }

    /**
     * The exception that ends the row after an audited failed call, with the call's message: deferred when CXone
     * was not answering (the row is tried again later and resumes), failed otherwise.
     */
    static RowFailedException ending(CxoneCallException e) {
        return e.isRetryable() ? RowFailedException.deferred(e.getMessage()) : new RowFailedException(e.getMessage());
    }

    /** Audits a failed call and returns the exception that ends the row. */
    RowFailedException failed(String action, CxoneCallException e, long latency, Map<String, ?> details) {
        trail.failed(action, ref(), e, latency, details);
        return ending(e);
    }

    /** Audits, before a call that changes CXone, what it is about to do. */
    void intend(String action, Map<String, ?> details) {
        audit(action, AuditOutcome.INTENDED, details);
    }

    /** Records a change made by a call, in the result and in the audit (with CXone's status and the latency). */
    void done(String action, String change, Answered<?> answered, Map<String, ?> details) {
        changed = true;
        changes.add(change);
        trail.succeeded(action, ref(), answered, details);
    }

    /** Records a change that needed no call of its own (an adoption), or that a read confirmed after a silent call. */
    void recordChange(String action, String change, Map<String, ?> details) {
        changed = true;
        changes.add(change);
        audit(action, AuditOutcome.SUCCESS, details);
    }

    void plan(String action, String change, Map<String, ?> details) {
        planned = true;
        changes.add("would " + change);
        audit(action, AuditOutcome.PLANNED, details);
    }

    /** Adds a line to the result's changes without counting as a change made. */
    void note(String change) {
        changes.add(change);
    }

    void audit(String action, AuditOutcome outcome, Map<String, ?> details) {
        trail.record(action, ref(), outcome, details);
    }

    /** Audits an outcome that the status of a refused call explains. */
    void audit(String action, AuditOutcome outcome, Refused<?> refused, Map<String, ?> details) {
        trail.record(action, ref(), outcome, refused.cause().httpStatus(), refused.latencyMillis(), details);
    }

    /** The campaign as the audit names it: the external key, and the CXone id once known. */
    String ref() {
        return id == null ? key().value() : key().value() + "/" + id.value();
    }

    // --- the result

    /** DONE when this run changed something or met a new key; otherwise PLANNED or ALREADY_DONE. */
    ItemStatus finalStatus() {
        if (dryRun) {
            return planned ? ItemStatus.PLANNED : alreadyPresent();
        }
        return changed || !keyWasKnown ? ItemStatus.DONE : alreadyPresent();
    }

    private ItemStatus alreadyPresent() {
        audit("CAMPAIGN_ALREADY_PRESENT", AuditOutcome.SKIPPED, Map.of("status", status == null ? "UNKNOWN" : status.name()));
        return ItemStatus.ALREADY_DONE;
    }

    ProvisioningResult activationResult(ActivationOutcome activation) {
        return result(ItemStatus.DONE, activation, null);
    }

    ProvisioningResult result(ItemStatus outcome, ActivationOutcome activation, @Nullable String reason) {
        return new ProvisioningResult(key(), id, outcome, activation, changes, reason);
    }
}
