package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.calls.Answered;
import io.cxonebatch.application.kit.calls.Attempt;
import io.cxonebatch.application.kit.calls.Refused;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.provisioning.port.in.ActivationOutcome;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignUseCase;
import io.cxonebatch.application.provisioning.port.in.ProvisioningPass;
import io.cxonebatch.application.provisioning.port.in.ProvisioningResult;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.pacing.PreviewAdmission;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Provisions plan rows: create (or adopt, or resume) each campaign, attach its dialer rule or configure its
 * preview, activate it when asked, and audit every step.
 *
 * <p>What this project did is known first from its own registry, then from CXone's campaign listing (the only read
 * that reports a dialer rule); a change is sent only when neither shows it made. Before every call that changes
 * CXone the intent is audited (and, for a create, recorded in the registry), then the outcome. Idempotency rests
 * on that record: a name collision on create is adopted only when this key recorded the intent to create that
 * name, or when the campaign CXone holds matches the row (type, window, queue); anyone else's campaign of that
 * name is a rejection. A dialer-rule POST whose answer said nothing (5xx, timeout) is followed by a fresh read of
 * the listing before it is ever sent again.
 *
 * <p>When CXone is not answering (5xx after every retry, an open breaker, no rate-limit permit) the row is
 * DEFERRED, not FAILED: everything done so far is recorded, and trying the row again resumes it.
 *
 * <p>Thread-safe: a {@link ProvisioningPass} may be called from several threads at once, for different rows. The
 * service holds only its collaborators; a pass adds the listing it reads once; everything a row's call learns
 * lives in a {@link ProvisioningRun} of its own. The ports, the clock and the sleeper must themselves be
 * thread-safe, as the production adapters are. Two calls for the same row are kept to one campaign only by
 * CXone's name check; the job refuses a second run while one is running. Preview activations take turns (see
 * {@link #activate}), within this process.
 */
public final class ProvisionCampaignService implements ProvisionCampaignUseCase {

        private final CxoneCampaignPorts cxone;
    private final KnownCampaignPorts registry;
    private final AppendAuditEventsPort audit;
    private final EngineLimits limits;
    private final ActivationPolicy activation;
    private final Clock clock;
    private final ActivationPoller poller;
    private final ReentrantLock previewActivations = new ReentrantLock();
    private final PreviewConfigurator previews;

    public ProvisionCampaignService(CxoneCampaignPorts cxone, KnownCampaignPorts registry, AppendAuditEventsPort audit,
            EngineLimits limits, ActivationPolicy activation, Clock clock) {
        this.cxone = Objects.requireNonNull(cxone, "cxone");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.activation = Objects.requireNonNull(activation, "activation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.poller = new ActivationPoller(activation, clock);
        this.previews = new PreviewConfigurator(cxone.loadSettings(), cxone.configurePreview());
    }

    static final int MAX_RULE_ATTEMPTS = 3;

    @Override
    public ProvisioningPass startPass() {
        Listing listing = new Listing();
        return command -> provision(command, listing);
    }

    /** The pass's reading of CXone's listing, made by the first row that needs it and shared by the rest. */
    private final class Listing {
        private volatile @Nullable CampaignListing read;

        CampaignListing get() {
            CampaignListing current = read;
            if (current == null) {
                synchronized (this) {
                    current = read;
                    if (current == null) {
                        current = CampaignListing.read(cxone.list());
                        read = current;
                    }
                }
            }
            return current;
        }
    }

    private ProvisioningResult provision(ProvisionCampaignCommand command, Listing listing) {
        ProvisioningRun run = new ProvisioningRun(command, audit, registry.save(), clock);
        CampaignSpec spec = command.spec();
        try {
            establishCampaign(run, listing);
            DialerRule rule = spec.dialerRule();
            if (rule != null) {
                ensureDialerRule(run, rule);
            }
            PreviewSettings preview = spec.previewSettings();
            if (preview != null) {
                ensurePreviewConfigured(run, preview);
            }
            ProvisioningResult activated = spec.activate() ? activate(run) : null;
            run.rememberStatus();
            if (activated != null && activated.status() != ItemStatus.DONE) {
                return activated;
            }
            return run.result(run.finalStatus(), activated == null ? ActivationOutcome.NOT_REQUESTED : activated.activation(), null);
        } catch (RowFailedException e) {
            run.rememberStatus();
            return run.result(e.outcome(), e.activation(), e.getMessage());
        }
    }

    // --- step 1: create, adopt or resume

    private void establishCampaign(ProvisioningRun run, Listing listing) {
        CampaignSpec spec = run.spec();
        Optional<KnownCampaign> found = registry.load().findByExternalKey(run.key());
        if (found.isPresent() && found.get().campaignId() != null) {
            resume(run, found.get(), listing);
            return;
        }
        boolean intentRecorded = found.isPresent();
        if (run.dryRun()) {
            Optional<RemoteCampaign> existing = run.read("CAMPAIGN_LISTED", () -> listing.get().byName(spec.name()));
            if (existing.isPresent()) {
                run.found(existing.get());
                run.plan("CAMPAIGN_ADOPTED", "adopt existing campaign '" + spec.name() + "' (" + run.id() + ")", Map.of("name", spec.name()));
            } else {
                run.plan("CAMPAIGN_CREATED", "create " + spec.type() + " campaign '" + spec.name() + "'",
                        Map.of("name", spec.name(), "type", spec.type().name()));
            }
            return;
        }
        Map<String, Object> details = Map.of("name", spec.name(), "type", spec.type().name());
        run.intend("CAMPAIGN_CREATED", details);
        run.intendToCreate();
        Attempt<CampaignId> attempt = run.attempt(() -> cxone.create().createCampaign(newCampaign(spec)));
        if (attempt instanceof Answered<CampaignId> answered) {
            CampaignId created = answered.require();
            Map<String, Object> withId = new LinkedHashMap<>(details);
            withId.put("campaignId", created.value());
            run.identify(created);
            // The audit first: should the registry write fail, the record of what CXone now holds survives.
            run.done("CAMPAIGN_CREATED", "created " + spec.type() + " campaign '" + spec.name() + "' (" + created + ")", answered, withId);
            run.created(created);
            return;
        }
        Refused<CampaignId> refused = (Refused<CampaignId>) attempt;
        if (refused.cause() instanceof CampaignNameTakenException) {
            try {
                adopt(run, refused, intentRecorded);
            } catch (RowFailedException notAdopted) {
                // The 409 proves this create made nothing: the intent must not vouch for that name next time.
                registry.save().forgetIntent(run.key());
                throw notAdopted;
            }
            return;
        }
        RowFailedException ended = run.failed("CAMPAIGN_CREATED", refused.cause(), refused.latencyMillis(), details);
        if (!refused.cause().isRetryable()) {
            // A definite refusal (4xx) created nothing; after a 5xx or a timeout it may have, so the intent stays.
            registry.save().forgetIntent(run.key());
        }
        throw ended;
    }

    /**
     * The registry knows the row's campaign. CXone's listing (read once per pass) tells its status and dialer rule;
     * only a campaign the listing lacks (created after it was read, or gone) is read by id.
     */
    private void resume(ProvisioningRun run, KnownCampaign known, Listing listing) {
        run.resume(known);
        CampaignId knownId = run.requireId();
        Optional<RemoteCampaign> listed = run.read("CAMPAIGN_LISTED", () -> listing.get().byId(knownId));
        if (listed.isPresent()) {
            run.observe(listed.get());
            return;
        }
        run.observe(run.read("CAMPAIGN_STATE_READ", () -> cxone.load().loadCampaign(knownId)));
    }

    private void adopt(ProvisioningRun run, Refused<CampaignId> nameTaken, boolean intentRecorded) {
        CampaignSpec spec = run.spec();
        Optional<RemoteCampaign> existing = run.read("CAMPAIGN_LISTED",
                () -> cxone.list().findListedCampaign(campaign -> campaign.name().equals(spec.name())));
        if (existing.isEmpty()) {
            run.audit("CAMPAIGN_ADOPTED", AuditOutcome.FAILED, nameTaken, Map.of("name", spec.name()));
            throw new RowFailedException("CXone reports the name '" + spec.name() + "' of campaign " + run.key()
                    + " as taken, but lists no campaign of that name");
        }
        RemoteCampaign remote = existing.get();
        Optional<KnownCampaign> owner = registry.load().findByKeyOrCampaignId(remote.id().value())
                .filter(known -> remote.id().equals(known.campaignId()) && !known.externalKey().equals(run.key()));
        if (owner.isPresent()) {
            // The name belongs to a campaign provisioned for another key: adopting it would give one campaign two keys.
            run.audit("CAMPAIGN_ADOPTED", AuditOutcome.REJECTED, nameTaken,
                    Map.of("name", spec.name(), "ownerKey", owner.get().externalKey().value(), "campaignId", remote.id().value()));
            throw new RowFailedException("the name '" + spec.name() + "' of campaign " + run.key() + " is already taken by "
                    + remote.id() + ", provisioned for " + owner.get().externalKey());
        }
        List<String> differences = AdoptionCheck.differences(spec, remote);
        if (!intentRecorded && !differences.isEmpty()) {
            // Nobody recorded the intent to create it and it is not the campaign the row describes: someone else's.
            run.audit("CAMPAIGN_ADOPTED", AuditOutcome.REJECTED, nameTaken,
                    Map.of("name", spec.name(), "campaignId", remote.id().value(), "differences", differences));
            throw RowFailedException.rejected("the name '" + spec.name() + "' of campaign " + run.key()
                    + " is taken by campaign " + remote.id() + ", which this project did not create and which differs from the row ("
                    + String.join("; ", differences) + ")");
        }
        run.adopted(remote);
        run.recordChange("CAMPAIGN_ADOPTED", "adopted existing campaign '" + remote.name() + "' (" + remote.id() + ")",
                Map.of("name", remote.name(), "status", remote.status().name(), "campaignId", remote.id().value(),
                        "because", intentRecorded ? "this key recorded the intent to create it" : "it matches the row"));
    }

    private static NewCampaign newCampaign(CampaignSpec spec) {
        return new NewCampaign(spec.name(), spec.type(), spec.description(), spec.skills(), spec.wrapUpCodes(),
                spec.maxCallsPerDay(), spec.window(), spec.queueId());
    }

    // --- step 2: dialer rule

    private void ensureDialerRule(ProvisioningRun run, DialerRule rule) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("targetListId", rule.targetListId());
        details.put("maxConcurrentCalls", rule.maxConcurrentCalls());
        details.put("predictiveRate", rule.predictiveRate());
        details.put("abandonThreshold", rule.abandonThreshold());
        if (run.hasDialerRule(rule.targetListId())) {
            String listed = run.listedRuleListId();
            if (listed != null && !run.isWiredTo(listed)) {
                // Attached by a run that died before recording it: the listing is what tells.
                run.wire(listed);
            }
            run.audit("DIALER_RULE_ATTACHED", AuditOutcome.SKIPPED,
                    listed == null ? Map.of("reason", "the registry records the campaign's dialer rule")
                            : Map.of("reason", "CXone lists a dialer rule for the campaign", "listedTargetListId", listed));
            return;
        }
        CampaignId campaignId = run.id();
        if (run.dryRun() || campaignId == null) {
            run.plan("DIALER_RULE_ATTACHED", "attach dialer rule dialling list " + rule.targetListId(), details);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            run.intend("DIALER_RULE_ATTACHED", details);
            try {
                Answered<String> answered = run.call("DIALER_RULE_ATTACHED", details, () -> cxone.attachRule().attachDialerRule(campaignId, rule));
                Map<String, Object> withId = new LinkedHashMap<>(details);
                withId.put("ruleId", answered.require());
                run.done("DIALER_RULE_ATTACHED", "attached dialer rule " + answered.require() + " dialling list " + rule.targetListId(),
                        answered, withId);
                run.wire(rule.targetListId());
                return;
            } catch (CxoneOutcomeUnknownException unknown) {
                RowFailedException ended = ProvisioningRun.ending(unknown);
                if (ruleListedAfterAll(run, campaignId, details)) {
                    return;
                }
                if (attempt == MAX_RULE_ATTEMPTS) {
                    throw ended;
                }
                // The listing shows no rule: that POST did not take effect, so sending it again cannot make two.
            } catch (CxoneCallException e) {
                throw ProvisioningRun.ending(e);
            }
        }
    }

    /**
     * After a rule POST that CXone answered without saying whether it took effect: reads the campaign's listing
     * entry afresh, and when it reports a rule, records it as this run's.
     */
    private boolean ruleListedAfterAll(ProvisioningRun run, CampaignId campaignId, Map<String, Object> details) {
        Optional<RemoteCampaign> listed = run.read("CAMPAIGN_LISTED",
                () -> cxone.list().findListedCampaign(campaign -> campaign.id().equals(campaignId)));
        String listedListId = listed.map(RemoteCampaign::targetListId).orElse(null);
        if (listedListId == null) {
            return false;
        }
        Map<String, Object> confirmed = new LinkedHashMap<>(details);
        confirmed.put("confirmedBy", "CXone's listing reports the rule after an unanswered POST");
        run.recordChange("DIALER_RULE_ATTACHED", "attached dialer rule dialling list " + listedListId
                + " (confirmed by CXone's listing)", confirmed);
        run.wire(listedListId);
        return true;
    }

    // --- step 3: preview configuration

    private void ensurePreviewConfigured(ProvisioningRun run, PreviewSettings settings) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contactListId", settings.contactListId());
        details.put("agentCount", settings.agentCount());
        if (settings.queueId() != null) {
            details.put("queueId", settings.queueId());
        }
        if (run.isWiredTo(settings.contactListId())) {
            run.audit("PREVIEW_CONFIGURED", AuditOutcome.SKIPPED, Map.of("reason", "preview already configured for this contact list"));
            return;
        }
        String change = "preview of contact list " + settings.contactListId() + " for " + settings.agentCount() + " agents";
        CampaignId campaignId = run.id();
        if (run.dryRun() || campaignId == null) {
            run.plan("PREVIEW_CONFIGURED", "configure " + change, details);
            return;
        }
        run.intend("PREVIEW_CONFIGURED", details);
        PreviewConfigurator.Result result = previews.configure(campaignId, run.spec().name(), settings);
        if (result instanceof PreviewConfigurator.ReadFailed readFailed) {
            throw run.failed("OUTBOUND_SETTINGS_READ", readFailed.cause(), readFailed.latencyMillis(), Map.of());
        }
        if (result instanceof PreviewConfigurator.UpdateFailed updateFailed) {
            if (updateFailed.outOfAttempts()) {
                details.put("attempts", updateFailed.attempts());
            }
            throw run.failed("PREVIEW_CONFIGURED", updateFailed.cause(), updateFailed.latencyMillis(), details);
        }
        PreviewConfigurator.Configured configured = (PreviewConfigurator.Configured) result;
        run.wire(settings.contactListId());
        details.put("version", configured.answered().require());
        details.put("attempts", configured.attempts());
        run.done("PREVIEW_CONFIGURED", "configured " + change, configured.answered(), details);
    }

    // --- step 4: activation

    /**
     * Activates one preview campaign at a time in this process: the licence check counts ACTIVE previews only, so two
     * rows counting before either is active would together pass the licensed limit.
     */
    private ProvisioningResult activate(ProvisioningRun run) {
        if (run.spec().type() != CampaignType.PREVIEW || run.dryRun()) {
            return ensureActive(run);
        }
        previewActivations.lock();
        try {
            return ensureActive(run);
        } finally {
            previewActivations.unlock();
        }
    }

    /**
     * Returns a PROVISIONED result carrying the activation outcome, or the final result when a rule refused the
     * activation; throws when the row fails.
     */
    private ProvisioningResult ensureActive(ProvisioningRun run) {
        // No status yet means a dry run of a new campaign, which would be created in DRAFT.
        CampaignStatus current = run.status() == null ? CampaignStatus.DRAFT : run.status();
        if (current == CampaignStatus.ACTIVE || current == CampaignStatus.PAUSED) {
            run.audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.SKIPPED, Map.of("status", current.name()));
            return run.activationResult(ActivationOutcome.ACTIVE);
        }
        if (current == CampaignStatus.ACTIVATING) {
            run.audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.SKIPPED, Map.of("status", current.name()));
            return run.dryRun() ? run.activationResult(ActivationOutcome.NOT_REQUESTED) : awaitActivation(run, run.requireId());
        }
        if (!current.isActivatable()) {
            run.audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.REJECTED, Map.of("status", current.name()));
            throw new RowFailedException("campaign " + run.ref() + " is " + current + " and cannot be activated", ActivationOutcome.FAILED);
        }
        if (run.spec().type() == CampaignType.PREVIEW) {
            int active = run.read("ACTIVE_PREVIEWS_COUNTED", cxone.countPreviews()::countActivePreviewCampaigns);
            if (limits.admitPreview(active) instanceof PreviewAdmission.Refused refused) {
                run.audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.REJECTED, Map.of(
                        "code", refused.violation().code(), "activePreviews", active, "limit", refused.limit()));
                return run.result(ItemStatus.REJECTED, ActivationOutcome.REFUSED, refused.violation().message());
            }
        }
        CampaignId campaignId = run.id();
        if (run.dryRun() || campaignId == null) {
            run.plan("CAMPAIGN_ACTIVATION_REQUESTED", "activate the campaign", Map.of("status", current.name()));
            return run.activationResult(ActivationOutcome.NOT_REQUESTED);
        }
        run.intend("CAMPAIGN_ACTIVATION_REQUESTED", Map.of("from", current.name()));
        Answered<Void> requested;
        try {
            requested = run.call("CAMPAIGN_ACTIVATION_REQUESTED", Map.of(), () -> cxone.activate().activateCampaign(campaignId));
        } catch (CxoneCallException e) {
            RowFailedException failed = ProvisioningRun.ending(e);
            throw failed.isDeferred() ? failed : failed.withActivation(ActivationOutcome.FAILED);
        }
        run.done("CAMPAIGN_ACTIVATION_REQUESTED", "requested activation", requested, Map.of("from", current.name()));
        run.observeStatus(CampaignStatus.ACTIVATING);
        return awaitActivation(run, campaignId);
    }

    private ProvisioningResult awaitActivation(ProvisioningRun run, CampaignId campaignId) {
        ActivationPoller.LastPoll last = poller.await(() -> {
            CampaignStatus polled = run.read("CAMPAIGN_STATE_READ", () -> cxone.load().loadCampaign(campaignId)).status();
            run.observeStatus(polled);
            return polled;
        });
        Map<String, Object> details = Map.of("status", last.status().name(), "polls", last.polls(),
                "waitedMillis", last.waited().toMillis());
        if (last.activated()) {
            run.audit("CAMPAIGN_ACTIVATED", AuditOutcome.SUCCESS, details);
            run.note("campaign is " + last.status());
            return run.activationResult(ActivationOutcome.ACTIVE);
        }
        if (last.ended()) {
            run.audit("CAMPAIGN_ACTIVATION_FAILED", AuditOutcome.FAILED, details);
            throw new RowFailedException("campaign " + run.ref() + " ended its activation as " + last.status(), ActivationOutcome.FAILED);
        }
        run.audit("CAMPAIGN_ACTIVATION_TIMEOUT", AuditOutcome.TIMEOUT, details);
        run.note("activation still " + last.status() + " after " + activation.budget().toMillis() + " ms; the monitor follows it up");
        return run.activationResult(ActivationOutcome.TIMEOUT);
    }
}
