package io.cxonebatch.application.service;

import io.cxonebatch.application.port.in.ActivationOutcome;
import io.cxonebatch.application.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.port.in.ProvisionCampaignUseCase;
import io.cxonebatch.application.port.in.ProvisioningOutcome;
import io.cxonebatch.application.port.in.ProvisioningResult;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.pacing.PreviewAdmission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Provisions one plan row: create (or adopt, or resume) the campaign, attach its dialer rule or configure its
 * preview, activate it when asked, and audit every step.
 *
 * <p>Idempotency rests on two facts: the registry entry is saved right after CXone answers the create call, and
 * a name collision on create means a campaign of ours (or someone's) already exists, which is adopted rather than
 * created again. The registry's {@code targetListId} records the list a campaign was wired to (the dialer rule's
 * target list, or the preview contact list), which is how a preview campaign is known to be configured.
 */
public final class ProvisionCampaignService implements ProvisionCampaignUseCase {

    static final String JOB_NAME = "campaign-provisioning";
    static final int PREVIEW_ATTEMPTS = 3;
    static final Duration FIRST_POLL_DELAY = Duration.ofMillis(200);
    static final Duration MAX_POLL_DELAY = Duration.ofSeconds(5);

    private final LoadKnownCampaignPort loadKnown;
    private final SaveKnownCampaignPort saveKnown;
    private final CreateCampaignPort create;
    private final ListCampaignsPort list;
    private final LoadCampaignPort load;
    private final AttachDialerRulePort attachRule;
    private final LoadOutboundSettingsPort loadSettings;
    private final ConfigurePreviewPort configurePreview;
    private final CountActivePreviewCampaignsPort countPreviews;
    private final ActivateCampaignPort activate;
    private final AppendAuditEventsPort audit;
    private final EngineLimits limits;
    private final Clock clock;
    private final Duration activationBudget;
    private final Sleeper sleeper;

    public ProvisionCampaignService(
            LoadKnownCampaignPort loadKnown,
            SaveKnownCampaignPort saveKnown,
            CreateCampaignPort create,
            ListCampaignsPort list,
            LoadCampaignPort load,
            AttachDialerRulePort attachRule,
            LoadOutboundSettingsPort loadSettings,
            ConfigurePreviewPort configurePreview,
            CountActivePreviewCampaignsPort countPreviews,
            ActivateCampaignPort activate,
            AppendAuditEventsPort audit,
            EngineLimits limits,
            Clock clock,
            Duration activationBudget,
            Sleeper sleeper) {
        if (activationBudget.isNegative()) {
            throw new IllegalArgumentException("activation budget " + activationBudget + " cannot be negative");
        }
        this.loadKnown = loadKnown;
        this.saveKnown = saveKnown;
        this.create = create;
        this.list = list;
        this.load = load;
        this.attachRule = attachRule;
        this.loadSettings = loadSettings;
        this.configurePreview = configurePreview;
        this.countPreviews = countPreviews;
        this.activate = activate;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        this.activationBudget = activationBudget;
        this.sleeper = sleeper;
    }

    @Override
    public ProvisioningResult provision(ProvisionCampaignCommand command) {
        return new Run(command).execute();
    }

    /** The state of one provisioning call. */
    private final class Run {

        private final CampaignSpec spec;
        private final ExternalKey key;
        private final @Nullable Long jobExecutionId;
        private final boolean dryRun;
        private final List<String> changes = new ArrayList<>();
        private @Nullable CampaignId id;
        private @Nullable KnownCampaign known;
        private @Nullable CampaignStatus status;
        private @Nullable String wiredListId;
        private boolean hasDialerRule;
        private boolean keyWasKnown;
        private boolean changed;
        private boolean planned;

        Run(ProvisionCampaignCommand command) {
            this.spec = command.spec();
            this.key = spec.externalKey();
            this.jobExecutionId = command.jobExecutionId();
            this.dryRun = command.dryRun();
        }

        ProvisioningResult execute() {
            try {
                establishCampaign();
                if (spec.dialerRule() != null) {
                    ensureDialerRule(spec.dialerRule());
                }
                if (spec.previewSettings() != null) {
                    ensurePreviewConfigured(spec.previewSettings());
                }
                ProvisioningResult activation = spec.activate() ? ensureActive() : null;
                rememberStatus();
                if (activation != null && activation.outcome() != ProvisioningOutcome.PROVISIONED) {
                    return activation;
                }
                ActivationOutcome activationOutcome = activation == null ? ActivationOutcome.NOT_REQUESTED : activation.activation();
                return result(finalOutcome(), activationOutcome, null);
            } catch (RowFailedException e) {
                rememberStatus();
                return result(ProvisioningOutcome.FAILED, e.activation, e.getMessage());
            }
        }

        // --- step 1: create, adopt or resume

        private void establishCampaign() {
            Optional<KnownCampaign> found = loadKnown.findByExternalKey(key);
            if (found.isPresent() && found.get().campaignId() != null) {
                keyWasKnown = true;
                known = found.get();
                id = known.campaignId();
                wiredListId = known.targetListId();
                CampaignId knownId = id;
                observe(read("CAMPAIGN_STATE_READ", () -> load.loadCampaign(knownId)));
                return;
            }
            if (dryRun) {
                Optional<RemoteCampaign> existing = read("CAMPAIGN_LISTED", () -> findByName(spec.name()));
                if (existing.isPresent()) {
                    id = existing.get().id();
                    observe(existing.get());
                    plan("CAMPAIGN_ADOPTED", "adopt existing campaign '" + spec.name() + "' (" + id + ")", Map.of("name", spec.name()));
                } else {
                    plan("CAMPAIGN_CREATED", "create " + spec.type() + " campaign '" + spec.name() + "'", Map.of("name", spec.name(), "type", spec.type().name()));
                }
                return;
            }
            long started = System.nanoTime();
            try {
                CampaignId created = create.createCampaign(newCampaign());
                long latency = millisSince(started);
                id = created;
                status = CampaignStatus.DRAFT;
                // Saved before anything else, so a crash from here on resumes instead of creating again.
                known = new KnownCampaign(key, created, spec.name(), spec.type(), CampaignStatus.DRAFT, spec.window(),
                        spec.queueId(), null, clock.instant());
                saveKnown.saveKnownCampaign(known);
                done("CAMPAIGN_CREATED", "created " + spec.type() + " campaign '" + spec.name() + "' (" + created + ")",
                        latency, Map.of("name", spec.name(), "type", spec.type().name()));
            } catch (CampaignNameTakenException e) {
                adopt(e, millisSince(started));
            } catch (CxoneCallException e) {
                throw failed("CAMPAIGN_CREATED", e, millisSince(started), Map.of("name", spec.name()));
            }
        }

        private void adopt(CampaignNameTakenException nameTaken, long createLatency) {
            Optional<RemoteCampaign> existing = read("CAMPAIGN_LISTED", () -> findByName(spec.name()));
            if (existing.isEmpty()) {
                audit("CAMPAIGN_ADOPTED", AuditOutcome.FAILED, nameTaken.httpStatus(), createLatency, Map.of("name", spec.name()));
                throw new RowFailedException("CXone reports the name '" + spec.name() + "' of campaign " + key
                        + " as taken, but lists no campaign of that name");
            }
            RemoteCampaign remote = existing.get();
            id = remote.id();
            observe(remote);
            known = new KnownCampaign(key, remote.id(), remote.name(), remote.type() != null ? remote.type() : spec.type(),
                    remote.status(), remote.window() != null ? remote.window() : spec.window(),
                    remote.queueId() != null ? remote.queueId() : spec.queueId(), remote.targetListId(), clock.instant());
            saveKnown.saveKnownCampaign(known);
            wiredListId = known.targetListId();
            done("CAMPAIGN_ADOPTED", "adopted existing campaign '" + remote.name() + "' (" + remote.id() + ")", null,
                    Map.of("name", remote.name(), "status", remote.status().name()));
        }

        private Optional<RemoteCampaign> findByName(String name) {
            RemoteCampaign[] match = new RemoteCampaign[1];
            list.forEachCampaignPage(page -> {
                if (match[0] == null) {
                    page.stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(c -> match[0] = c);
                }
            });
            return Optional.ofNullable(match[0]);
        }

        private NewCampaign newCampaign() {
            return new NewCampaign(spec.name(), spec.type(), spec.description(), spec.skills(), spec.wrapUpCodes(),
                    spec.maxCallsPerDay(), spec.window(), spec.queueId(), null, null, null);
        }

        // --- step 2: dialer rule

        private void ensureDialerRule(DialerRule rule) {
            Map<String, Object> details = Map.of("targetListId", rule.targetListId(),
                    "maxConcurrentCalls", rule.maxConcurrentCalls(), "predictiveRate", rule.predictiveRate(),
                    "abandonThreshold", rule.abandonThreshold());
            if (hasDialerRule) {
                audit("DIALER_RULE_ATTACHED", AuditOutcome.SKIPPED, null, null, Map.of("reason", "campaign already has a dialer rule"));
                return;
            }
            if (dryRun || id == null) {
                plan("DIALER_RULE_ATTACHED", "attach dialer rule dialling list " + rule.targetListId(), details);
                return;
            }
            CampaignId campaignId = id;
            long started = System.nanoTime();
            String ruleId;
            try {
                ruleId = attachRule.attachDialerRule(campaignId, rule);
            } catch (CxoneCallException e) {
                throw failed("DIALER_RULE_ATTACHED", e, millisSince(started), details);
            }
            long latency = millisSince(started);
            hasDialerRule = true;
            wire(rule.targetListId());
            Map<String, Object> withId = new LinkedHashMap<>(details);
            withId.put("ruleId", ruleId);
            done("DIALER_RULE_ATTACHED", "attached dialer rule " + ruleId + " dialling list " + rule.targetListId(), latency, withId);
        }

        // --- step 3: preview configuration

        private void ensurePreviewConfigured(PreviewSettings settings) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("contactListId", settings.contactListId());
            details.put("agentCount", settings.agentCount());
            if (settings.queueId() != null) {
                details.put("queueId", settings.queueId());
            }
            if (settings.contactListId().equals(wiredListId)) {
                audit("PREVIEW_CONFIGURED", AuditOutcome.SKIPPED, null, null, Map.of("reason", "preview already configured for this contact list"));
                return;
            }
            if (dryRun || id == null) {
                plan("PREVIEW_CONFIGURED", "configure preview of contact list " + settings.contactListId()
                        + " for " + settings.agentCount() + " agents", details);
                return;
            }
            CampaignId campaignId = id;
            for (int attempt = 1; ; attempt++) {
                OutboundSettings current = read("OUTBOUND_SETTINGS_READ", () -> loadSettings.loadOutboundSettings(campaignId));
                long started = System.nanoTime();
                try {
                    long version = configurePreview.configurePreview(campaignId, spec.name(), settings, current.version());
                    long latency = millisSince(started);
                    wire(settings.contactListId());
                    details.put("version", version);
                    details.put("attempts", attempt);
                    done("PREVIEW_CONFIGURED", "configured preview of contact list " + settings.contactListId()
                            + " for " + settings.agentCount() + " agents", latency, details);
                    return;
                } catch (StaleVersionException e) {
                    if (attempt >= PREVIEW_ATTEMPTS) {
                        details.put("attempts", attempt);
                        throw failed("PREVIEW_CONFIGURED", e, millisSince(started), details);
                    }
                } catch (CxoneCallException e) {
                    throw failed("PREVIEW_CONFIGURED", e, millisSince(started), details);
                }
            }
        }

        // --- step 4: activation

        /**
         * Returns a PROVISIONED result carrying the activation outcome, or the final result when a rule refused the
         * activation; throws when the row fails.
         */
        private ProvisioningResult ensureActive() {
            CampaignStatus current = status;
            if (current == null) {
                // A dry run of a new campaign: it would be created in DRAFT.
                current = CampaignStatus.DRAFT;
            }
            if (current == CampaignStatus.ACTIVE || current == CampaignStatus.PAUSED) {
                audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.SKIPPED, null, null, Map.of("status", current.name()));
                return activationResult(ActivationOutcome.ACTIVE);
            }
            if (current == CampaignStatus.ACTIVATING) {
                audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.SKIPPED, null, null, Map.of("status", current.name()));
                return dryRun ? activationResult(ActivationOutcome.NOT_REQUESTED) : awaitActivation(id());
            }
            if (!current.isActivatable()) {
                String reason = "campaign " + ref() + " is " + current + " and cannot be activated";
                audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.REJECTED, null, null, Map.of("status", current.name()));
                throw new RowFailedException(reason, ActivationOutcome.FAILED);
            }
            if (spec.type() == CampaignType.PREVIEW) {
                int active = read("ACTIVE_PREVIEWS_COUNTED", countPreviews::countActivePreviewCampaigns);
                if (limits.admitPreview(active) instanceof PreviewAdmission.Refused refused) {
                    String message = refused.violation().message();
                    audit("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.REJECTED, null, null, Map.of(
                            "code", refused.violation().code(), "activePreviews", active, "limit", refused.limit()));
                    return result(ProvisioningOutcome.REJECTED, ActivationOutcome.REFUSED, message);
                }
            }
            if (dryRun || id == null) {
                plan("CAMPAIGN_ACTIVATION_REQUESTED", "activate the campaign", Map.of("status", current.name()));
                return activationResult(ActivationOutcome.NOT_REQUESTED);
            }
            CampaignId campaignId = id;
            long started = System.nanoTime();
            try {
                activate.activateCampaign(campaignId);
            } catch (CxoneCallException e) {
                throw new RowFailedException(failed("CAMPAIGN_ACTIVATION_REQUESTED", e, millisSince(started), Map.of()).getMessage(),
                        ActivationOutcome.FAILED);
            }
            done("CAMPAIGN_ACTIVATION_REQUESTED", "requested activation", millisSince(started), Map.of("from", current.name()));
            status = CampaignStatus.ACTIVATING;
            return awaitActivation(campaignId);
        }

        private ProvisioningResult awaitActivation(CampaignId campaignId) {
            Instant startedAt = clock.instant();
            Instant deadline = startedAt.plus(activationBudget);
            Duration delay = FIRST_POLL_DELAY;
            int polls = 0;
            while (true) {
                RemoteCampaign polled = read("CAMPAIGN_STATE_READ", () -> load.loadCampaign(campaignId));
                polls++;
                status = polled.status();
                Duration left = Duration.between(clock.instant(), deadline);
                if (status.endsActivation() || left.isNegative() || left.isZero()) {
                    break;
                }
                try {
                    sleeper.sleep(delay.compareTo(left) < 0 ? delay : left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                delay = delay.multipliedBy(2).compareTo(MAX_POLL_DELAY) < 0 ? delay.multipliedBy(2) : MAX_POLL_DELAY;
            }
            CampaignStatus last = status;
            Map<String, Object> details = Map.of("status", last.name(), "polls", polls,
                    "waitedMillis", Duration.between(startedAt, clock.instant()).toMillis());
            if (last == CampaignStatus.ACTIVE || last == CampaignStatus.PAUSED) {
                audit("CAMPAIGN_ACTIVATED", AuditOutcome.SUCCESS, null, null, details);
                changes.add("campaign is " + last);
                return activationResult(ActivationOutcome.ACTIVE);
            }
            if (last.endsActivation()) {
                audit("CAMPAIGN_ACTIVATION_FAILED", AuditOutcome.FAILED, null, null, details);
                throw new RowFailedException("campaign " + ref() + " ended its activation as " + last, ActivationOutcome.FAILED);
            }
            audit("CAMPAIGN_ACTIVATION_TIMEOUT", AuditOutcome.TIMEOUT, null, null, details);
            changes.add("activation still " + last + " after " + activationBudget.toMillis() + " ms; the monitor follows it up");
            return activationResult(ActivationOutcome.TIMEOUT);
        }

        // --- bookkeeping

        private ProvisioningOutcome finalOutcome() {
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

        private void observe(RemoteCampaign remote) {
            status = remote.status();
            hasDialerRule = remote.hasDialerRule();
        }

        /** Records in the registry which list the campaign now dials, so a later run knows the step is done. */
        private void wire(String listId) {
            wiredListId = listId;
            KnownCampaign current = known;
            if (current != null) {
                known = new KnownCampaign(current.externalKey(), current.campaignId(), current.name(), current.type(),
                        current.status(), current.window(), current.queueId(), listId, current.statusObservedAt());
                saveKnown.saveKnownCampaign(known);
            }
        }

        /** Keeps the registry's last observed status in step with what this run saw. */
        private void rememberStatus() {
            KnownCampaign current = known;
            CampaignStatus observed = status;
            if (!dryRun && current != null && observed != null && current.status() != observed) {
                known = current.withStatus(observed, clock.instant());
                saveKnown.saveKnownCampaign(known);
            }
        }

        private <T> T read(String action, Supplier<T> call) {
            long started = System.nanoTime();
            try {
                return call.get();
            } catch (CxoneCallException e) {
                throw failed(action, e, millisSince(started), Map.of());
            }
        }

        private RowFailedException failed(String action, CxoneCallException e, long latency, Map<String, ?> details) {
            Map<String, Object> withError = new LinkedHashMap<>(details);
            withError.put("operation", e.operation());
            withError.put("error", e.getMessage());
            audit(action, AuditOutcome.FAILED, e.httpStatus(), latency, withError);
            return new RowFailedException(e.getMessage());
        }

        private void done(String action, String change, @Nullable Long latency, Map<String, ?> details) {
            changed = true;
            changes.add(change);
            audit(action, AuditOutcome.SUCCESS, null, latency, details);
        }

        private void plan(String action, String change, Map<String, ?> details) {
            planned = true;
            changes.add("would " + change);
            audit(action, AuditOutcome.PLANNED, null, null, details);
        }

        private void audit(String action, AuditOutcome outcome, @Nullable Integer httpStatus, @Nullable Long latency, Map<String, ?> details) {
            audit.append(new AuditEvent(clock.instant(), jobExecutionId, JOB_NAME, action, ref(), outcome, httpStatus, latency, details));
        }

        private ProvisioningResult activationResult(ActivationOutcome activation) {
            return new ProvisioningResult(key, id, ProvisioningOutcome.PROVISIONED, activation, changes, null);
        }

        private ProvisioningResult result(ProvisioningOutcome outcome, ActivationOutcome activation, @Nullable String reason) {
            return new ProvisioningResult(key, id, outcome, activation, changes, reason);
        }

        private CampaignId id() {
            CampaignId campaignId = id;
            if (campaignId == null) {
                throw new IllegalStateException("campaign " + key + " has no CXone id yet");
            }
            return campaignId;
        }

        private String ref() {
            return id == null ? key.value() : key.value() + "/" + id.value();
        }
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Ends a row's steps: the reason is already audited. */
    private static final class RowFailedException extends RuntimeException {

        private final ActivationOutcome activation;

        RowFailedException(String reason) {
            this(reason, ActivationOutcome.NOT_REQUESTED);
        }

        RowFailedException(String reason, ActivationOutcome activation) {
            super(reason, null, false, false);
            this.activation = activation;
        }
    }
}
