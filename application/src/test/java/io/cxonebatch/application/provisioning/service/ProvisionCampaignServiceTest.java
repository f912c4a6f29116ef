package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeRegistry;
import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.provisioning.port.in.ActivationOutcome;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.provisioning.port.in.ProvisioningPass;
import io.cxonebatch.application.provisioning.port.in.ProvisioningResult;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisionCampaignServiceTest {

    private static final Instant NOW = Instant.parse("2026-09-15T12:00:00Z");
    private static final ScheduleWindow WINDOW = ScheduleWindow.of(ZoneId.of("America/New_York"),
            Instant.parse("2026-09-16T12:00:00Z"), Instant.parse("2026-09-16T21:00:00Z"));
    private static final DialerRule RULE = new DialerRule(0.03, 1.25, 50, "list-7");
    private static final PreviewSettings PREVIEW = new PreviewSettings("list-9", "queue-2", 5);

    private final List<String> calls = new ArrayList<>();
    private final FakeCxone cxone = new FakeCxone(calls);
    private final FakeRegistry registry = new FakeRegistry(calls);
    private final FakeAudit audit = new FakeAudit();
    private final MutableClock clock = MutableClock.of(NOW, ZoneOffset.UTC);
    private final List<Duration> sleeps = new ArrayList<>();
    private final ProvisionCampaignService service = serviceWithBudget(Duration.ofSeconds(10));

    private ProvisionCampaignService serviceWithBudget(Duration budget) {
        return serviceWith(budget, audit);
    }

    private ProvisionCampaignService serviceWith(Duration budget, AppendAuditEventsPort auditPort) {
        Sleeper advancingClock = duration -> {
            sleeps.add(duration);
            clock.add(duration);
        };
        return new ProvisionCampaignService(CxoneCampaignPorts.of(cxone), KnownCampaignPorts.of(registry), auditPort,
                EngineLimits.defaults(), new ActivationPolicy(budget, Duration.ofMillis(200), Duration.ofSeconds(5), advancingClock),
                clock);
    }

    private static CampaignSpec predictive(String key, boolean activate) {
        return new CampaignSpec(ExternalKey.of(key), "Outreach " + key, CampaignType.PREDICTIVE, null, List.of("SALES"),
                List.of("SALE"), 1000, WINDOW, "queue-1", RULE, null, activate, List.of());
    }

    private static CampaignSpec preview(String key, boolean activate) {
        return new CampaignSpec(ExternalKey.of(key), "Preview " + key, CampaignType.PREVIEW, null, List.of("SALES"),
                List.of("SALE"), null, WINDOW, "queue-2", null, PREVIEW, activate, List.of());
    }

    private ProvisioningResult run(CampaignSpec spec) {
        return service.provision(new ProvisionCampaignCommand(spec, 42L, false));
    }

    private ProvisioningResult dryRun(CampaignSpec spec) {
        return service.provision(new ProvisionCampaignCommand(spec, 42L, true));
    }

    @Test
    void createsTheCampaignAndSavesItAsKnownBeforeAnyOtherCall() {
        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.campaignId()).isEqualTo(CampaignId.of("camp-1"));
        assertThat(result.activation()).isEqualTo(ActivationOutcome.NOT_REQUESTED);
        assertThat(calls).containsExactly("save", "create", "save", "attach", "save");
        assertThat(cxone.created).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Outreach Q3-1");
            assertThat(c.type()).isEqualTo(CampaignType.PREDICTIVE);
            assertThat(c.window()).isEqualTo(WINDOW);
        });
        KnownCampaign known = registry.byKey.get(ExternalKey.of("Q3-1"));
        assertThat(known.campaignId()).isEqualTo(CampaignId.of("camp-1"));
        assertThat(known.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(known.targetListId()).isEqualTo("list-7");
        assertThat(audit.actions()).containsExactly("CAMPAIGN_CREATED:INTENDED", "CAMPAIGN_CREATED:SUCCESS",
                "DIALER_RULE_ATTACHED:INTENDED", "DIALER_RULE_ATTACHED:SUCCESS");
        assertThat(audit.only("CAMPAIGN_CREATED", AuditOutcome.INTENDED).details().get("name")).isEqualTo("Outreach Q3-1");
        AuditEvent createdEvent = audit.only("CAMPAIGN_CREATED", AuditOutcome.SUCCESS);
        assertThat(createdEvent.campaignRef()).isEqualTo("Q3-1/camp-1");
        assertThat(createdEvent.jobExecutionId()).isEqualTo(42L);
        assertThat(createdEvent.httpStatus()).as("CXone's answer to the create").isEqualTo(201);
        assertThat(audit.only("DIALER_RULE_ATTACHED", AuditOutcome.SUCCESS).httpStatus()).isEqualTo(201);
        assertThat(createdEvent.latencyMillis()).isNotNull().isNotNegative();
        assertThat(result.changes()).hasSize(2);
    }

    @Test
    void secondRunOfTheSamePlanIsAlreadyPresentAndMakesNoMutatingCall() {
        cxone.statusesAfterActivation.add(CampaignStatus.ACTIVE);
        run(predictive("Q3-1", true));
        int mutatingAfterFirstRun = cxone.mutatingCalls();
        calls.clear();

        ProvisioningResult second = run(predictive("Q3-1", true));

        assertThat(mutatingAfterFirstRun).isEqualTo(3);
        assertThat(second.status()).isEqualTo(ItemStatus.ALREADY_DONE);
        assertThat(second.activation()).isEqualTo(ActivationOutcome.ACTIVE);
        assertThat(second.changes()).isEmpty();
        assertThat(cxone.mutatingCalls()).isZero();
        assertThat(calls).as("one walk of the listing, no read by id").containsExactly("list");
        assertThat(cxone.created).hasSize(1);
        assertThat(cxone.attachedRules).hasSize(1);
        assertThat(audit.actions()).contains("CAMPAIGN_ALREADY_PRESENT:SKIPPED", "DIALER_RULE_ATTACHED:SKIPPED");
    }

    @Test
    void secondRunOfAPreviewRowDoesNotConfigureItAgain() {
        run(preview("P-1", false));
        calls.clear();

        ProvisioningResult second = run(preview("P-1", false));

        assertThat(second.status()).isEqualTo(ItemStatus.ALREADY_DONE);
        assertThat(cxone.mutatingCalls()).isZero();
        assertThat(cxone.configureVersions).hasSize(1);
    }

    private void intentRecorded(CampaignSpec spec) {
        registry.byKey.put(spec.externalKey(), new KnownCampaign(spec.externalKey(), null, spec.name(), spec.type(),
                CampaignStatus.DRAFT, spec.window(), spec.queueId(), null, NOW));
    }

    @Test
    void adoptsTheCampaignACrashedRunCreatedAndDoesNotAttachASecondRule() {
        intentRecorded(predictive("Q3-1", false));
        cxone.existing("Someone else's", CampaignType.PROGRESSIVE, CampaignStatus.ACTIVE, null);
        cxone.existing("Another", CampaignType.PREVIEW, CampaignStatus.DRAFT, null);
        RemoteCampaign crashed = cxone.existing("Outreach Q3-1", CampaignType.PREDICTIVE, CampaignStatus.DRAFT, "list-7");

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.campaignId()).isEqualTo(crashed.id());
        assertThat(cxone.created).isEmpty();
        assertThat(cxone.campaigns).hasSize(3);
        assertThat(cxone.attachedRules).isEmpty();
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).campaignId()).isEqualTo(crashed.id());
        assertThat(audit.only("CAMPAIGN_ADOPTED", AuditOutcome.SUCCESS).campaignRef()).isEqualTo("Q3-1/" + crashed.id());
        assertThat(audit.actions()).contains("DIALER_RULE_ATTACHED:SKIPPED");

        calls.clear();
        ProvisioningResult again = run(predictive("Q3-1", false));
        assertThat(again.status()).isEqualTo(ItemStatus.ALREADY_DONE);
        assertThat(calls).doesNotContain("create", "attach");
    }

    @Test
    void refusesToAdoptACampaignProvisionedForAnotherKey() {
        ProvisioningResult first = run(predictive("Q3-1", false));
        CampaignSpec sameName = new CampaignSpec(ExternalKey.of("Q3-2"), "Outreach Q3-1", CampaignType.PREDICTIVE, null,
                List.of("SALES"), List.of(), null, WINDOW, "queue-1", RULE, null, false, List.of());

        ProvisioningResult second = run(sameName);

        assertThat(second.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(second.reason()).contains("Outreach Q3-1").contains(first.campaignId().value()).contains("Q3-1");
        assertThat(registry.byKey).as("the intent is forgotten: the 409 proves nothing was created").doesNotContainKey(ExternalKey.of("Q3-2"));
        assertThat(cxone.attachedRules).hasSize(1);
        assertThat(audit.only("CAMPAIGN_ADOPTED", AuditOutcome.REJECTED).details().get("ownerKey")).isEqualTo("Q3-1");
    }

    @Test
    void adoptsAMatchOnTheFirstPageAndAttachesItsMissingRuleOnce() {
        intentRecorded(predictive("Q3-1", false));
        RemoteCampaign crashed = cxone.existing("Outreach Q3-1", CampaignType.PREDICTIVE, CampaignStatus.DRAFT, null);
        cxone.existing("Later 1", CampaignType.PREVIEW, CampaignStatus.DRAFT, null);
        cxone.existing("Later 2", CampaignType.PREVIEW, CampaignStatus.DRAFT, null);

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.campaignId()).isEqualTo(crashed.id());
        assertThat(cxone.attachedRules).containsExactly(RULE);
        assertThat(cxone.created).isEmpty();
    }

    @Test
    void resumesAKnownCampaignFromCxoneStateAndAttachesOnlyTheMissingRule() {
        RemoteCampaign remote = cxone.existing("Outreach Q3-1", CampaignType.PREDICTIVE, CampaignStatus.DRAFT, null);
        registry.byKey.put(ExternalKey.of("Q3-1"), new KnownCampaign(ExternalKey.of("Q3-1"), remote.id(), remote.name(),
                CampaignType.PREDICTIVE, CampaignStatus.DRAFT, WINDOW, null, null, NOW));

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(calls).containsExactly("list", "attach", "save");
        assertThat(cxone.created).isEmpty();
    }

    @Test
    void aKnownKeyWithoutACampaignIdIsCreatedOnce() {
        registry.byKey.put(ExternalKey.of("Q3-1"), new KnownCampaign(ExternalKey.of("Q3-1"), null, "Outreach Q3-1",
                CampaignType.PREDICTIVE, CampaignStatus.DRAFT, WINDOW, null, null, NOW));

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(cxone.created).hasSize(1);
    }

    @Test
    void retriesAPreviewConfigurationWithAStaleVersionAfterReReading() {
        cxone.staleAnswersLeft = 2;

        ProvisioningResult result = run(preview("P-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(cxone.configureVersions).containsExactly(1L, 2L, 3L);
        assertThat(calls).containsSubsequence("loadSettings", "configure", "loadSettings", "configure", "loadSettings", "configure");
        assertThat(audit.only("PREVIEW_CONFIGURED", AuditOutcome.SUCCESS).details().get("attempts")).isEqualTo(3);
        assertThat(registry.byKey.get(ExternalKey.of("P-1")).targetListId()).isEqualTo("list-9");
    }

    @Test
    void givesUpOnThePreviewConfigurationAfterThreeStaleVersions() {
        cxone.staleAnswersLeft = 5;

        ProvisioningResult result = run(preview("P-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(result.reason()).contains("412");
        assertThat(cxone.configureVersions).hasSize(3);
        assertThat(cxone.activations).isZero();
        AuditEvent failed = audit.only("PREVIEW_CONFIGURED", AuditOutcome.FAILED);
        assertThat(failed.httpStatus()).isEqualTo(412);
        assertThat(registry.byKey.get(ExternalKey.of("P-1")).targetListId()).isNull();
    }

    @Test
    void refusesToActivateAPreviewCampaignAtTheLicensedLimit() {
        cxone.activePreviews = 10;

        ProvisioningResult result = run(preview("P-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(result.activation()).isEqualTo(ActivationOutcome.REFUSED);
        assertThat(result.reason()).contains("10 preview campaigns are active").contains("allows 10");
        assertThat(cxone.activations).isZero();
        assertThat(audit.only("CAMPAIGN_ACTIVATION_REQUESTED", AuditOutcome.REJECTED).details().get("code"))
                .isEqualTo("PREVIEW_LICENCE_EXHAUSTED");
    }

    @Test
    void activatesAPreviewCampaignBelowTheLicensedLimit() {
        cxone.activePreviews = 9;
        cxone.statusesAfterActivation.add(CampaignStatus.ACTIVE);

        ProvisioningResult result = run(preview("P-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.activation()).isEqualTo(ActivationOutcome.ACTIVE);
        assertThat(cxone.activations).isEqualTo(1);
    }

    @Test
    void pollsWithGrowingDelaysUntilTheCampaignIsActive() {
        cxone.statusesAfterActivation.addAll(List.of(CampaignStatus.ACTIVATING, CampaignStatus.ACTIVATING, CampaignStatus.ACTIVE));

        ProvisioningResult result = run(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.activation()).isEqualTo(ActivationOutcome.ACTIVE);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(audit.actions()).containsSubsequence("CAMPAIGN_ACTIVATION_REQUESTED:SUCCESS", "CAMPAIGN_ACTIVATED:SUCCESS");
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).status()).isEqualTo(CampaignStatus.ACTIVE);
    }

    @Test
    void anActivationThatEndsInFailedFailsTheRow() {
        cxone.statusesAfterActivation.addAll(List.of(CampaignStatus.ACTIVATING, CampaignStatus.FAILED));

        ProvisioningResult result = run(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(result.activation()).isEqualTo(ActivationOutcome.FAILED);
        assertThat(result.reason()).contains("Q3-1/camp-1").contains("FAILED");
        assertThat(audit.actions()).contains("CAMPAIGN_ACTIVATION_FAILED:FAILED");
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).status()).isEqualTo(CampaignStatus.FAILED);
    }

    @Test
    void anActivationStillRunningWhenTheBudgetIsSpentTimesOutWithoutFailingTheRow() {
        ProvisioningResult result = run(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.activation()).isEqualTo(ActivationOutcome.TIMEOUT);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(1600), Duration.ofMillis(3200), Duration.ofMillis(3800));
        assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(10));
        assertThat(audit.only("CAMPAIGN_ACTIVATION_TIMEOUT", AuditOutcome.TIMEOUT).details().get("status")).isEqualTo("ACTIVATING");
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).status()).isEqualTo(CampaignStatus.ACTIVATING);
    }

    @Test
    void backoffIsCappedAtFiveSeconds() {
        ProvisionCampaignService patient = serviceWithBudget(Duration.ofSeconds(30));

        patient.provision(new ProvisionCampaignCommand(predictive("Q3-1", true), null, false));

        assertThat(sleeps).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(5)));
        assertThat(sleeps).contains(Duration.ofSeconds(5));
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCampaignAlreadyActiveOrActivatingGetsNoActivationCall() {
        RemoteCampaign active = cxone.existing("Outreach A", CampaignType.PREDICTIVE, CampaignStatus.ACTIVE, "list-7");
        registry.byKey.put(ExternalKey.of("A"), new KnownCampaign(ExternalKey.of("A"), active.id(), active.name(),
                CampaignType.PREDICTIVE, CampaignStatus.ACTIVE, WINDOW, null, "list-7", NOW));
        RemoteCampaign activating = cxone.existing("Outreach B", CampaignType.PREDICTIVE, CampaignStatus.ACTIVATING, "list-7");
        registry.byKey.put(ExternalKey.of("B"), new KnownCampaign(ExternalKey.of("B"), activating.id(), activating.name(),
                CampaignType.PREDICTIVE, CampaignStatus.ACTIVATING, WINDOW, null, "list-7", NOW));
        cxone.statusesAfterActivation.add(CampaignStatus.ACTIVE);

        ProvisioningResult a = run(predictive("A", true));
        ProvisioningResult b = run(predictive("B", true));

        assertThat(cxone.activations).isZero();
        assertThat(a.status()).isEqualTo(ItemStatus.ALREADY_DONE);
        assertThat(a.activation()).isEqualTo(ActivationOutcome.ACTIVE);
        assertThat(b.activation()).isEqualTo(ActivationOutcome.ACTIVE);
    }

    @Test
    void aDryRunOfANewRowMakesNoMutatingCallAndListsWhatWouldHappen() {
        ProvisioningResult result = dryRun(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.PLANNED);
        assertThat(result.campaignId()).isNull();
        assertThat(cxone.mutatingCalls()).isZero();
        assertThat(calls).doesNotContain("save");
        assertThat(registry.byKey).isEmpty();
        assertThat(result.changes()).hasSize(3).allSatisfy(change -> assertThat(change).startsWith("would "));
        assertThat(audit.events).isNotEmpty().allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.PLANNED));
        assertThat(audit.actions()).containsExactly("CAMPAIGN_CREATED:PLANNED", "DIALER_RULE_ATTACHED:PLANNED",
                "CAMPAIGN_ACTIVATION_REQUESTED:PLANNED");
    }

    @Test
    void aDryRunOfAPreviewRowWhoseCampaignExistsPlansAdoptionAndConfiguration() {
        RemoteCampaign existing = cxone.existing("Preview P-1", CampaignType.PREVIEW, CampaignStatus.DRAFT, null);

        ProvisioningResult result = dryRun(preview("P-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.PLANNED);
        assertThat(result.campaignId()).isEqualTo(existing.id());
        assertThat(cxone.mutatingCalls()).isZero();
        assertThat(registry.byKey).isEmpty();
        assertThat(audit.actions()).containsExactly("CAMPAIGN_ADOPTED:PLANNED", "PREVIEW_CONFIGURED:PLANNED");
    }

    @Test
    void aDryRunOfAnAlreadyProvisionedRowIsAlreadyPresent() {
        cxone.statusesAfterActivation.add(CampaignStatus.ACTIVE);
        run(predictive("Q3-1", true));
        calls.clear();

        ProvisioningResult result = dryRun(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.ALREADY_DONE);
        assertThat(cxone.mutatingCalls()).isZero();
        assertThat(calls).doesNotContain("save");
    }

    @Test
    void aFailedCxoneCallFailsTheRowWithItsMessageAndSkipsTheRemainingSteps() {
        cxone.failures.put("attach", new CxoneRejectedException("POST /api/v2/campaign-dialer-rules", 400, "target list list-7 does not exist", null));

        ProvisioningResult result = run(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(result.reason()).isEqualTo("POST /api/v2/campaign-dialer-rules failed (HTTP 400): target list list-7 does not exist");
        assertThat(result.campaignId()).isEqualTo(CampaignId.of("camp-1"));
        assertThat(cxone.activations).isZero();
        AuditEvent failed = audit.only("DIALER_RULE_ATTACHED", AuditOutcome.FAILED);
        assertThat(failed.httpStatus()).isEqualTo(400);
        assertThat(failed.latencyMillis()).isNotNull();
        assertThat(failed.campaignRef()).isEqualTo("Q3-1/camp-1");
    }

    @Test
    void anUnavailableCxoneDefersTheRowAndKeepsTheIntent() {
        cxone.failures.put("create", new CxoneUnavailableException("POST /api/v2/campaigns", 503, "maintenance", null));

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).as("CXone was unavailable: the row is to be tried again").isEqualTo(ItemStatus.PENDING);
        assertThat(result.campaignId()).isNull();
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).campaignId()).as("the intent stays: a 503 may have created it").isNull();
        assertThat(audit.only("CAMPAIGN_CREATED", AuditOutcome.FAILED).httpStatus()).isEqualTo(503);
        assertThat(calls).containsExactly("save", "create");
    }

    @Test
    void aNameTakenByACampaignTheListingCannotFindFailsTheRow() {
        cxone.failures.put("create", new io.cxonebatch.application.port.out.cxone.CampaignNameTakenException(
                "POST /api/v2/campaigns", "Outreach Q3-1", "taken", null));

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(result.reason()).contains("Outreach Q3-1");
        assertThat(audit.only("CAMPAIGN_ADOPTED", AuditOutcome.FAILED).httpStatus()).isEqualTo(409);
        assertThat(cxone.created).isEmpty();
    }

    // --- an unanswered dialer-rule POST is checked against the listing before it is sent again

    private static CxoneOutcomeUnknownException unansweredRulePost() {
        return new CxoneOutcomeUnknownException("POST /api/v2/campaign-dialer-rules", 504, "gateway timeout", null);
    }

    @Test
    void aRulePostThatCxoneSavedButAnsweredWith500IsConfirmedByTheListingAndNotSentAgain() {
        cxone.rulesAttachedThenUnanswered = 1;

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(cxone.attachedRules).containsExactly(RULE);
        assertThat(calls).containsExactly("save", "create", "save", "attach", "list", "save");
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).targetListId()).isEqualTo("list-7");
        assertThat(audit.actions()).containsSubsequence("DIALER_RULE_ATTACHED:INTENDED", "DIALER_RULE_ATTACHED:UNKNOWN",
                "DIALER_RULE_ATTACHED:SUCCESS");
        assertThat(audit.only("DIALER_RULE_ATTACHED", AuditOutcome.UNKNOWN).httpStatus()).isEqualTo(500);
        assertThat(audit.only("DIALER_RULE_ATTACHED", AuditOutcome.SUCCESS).details()).containsKey("confirmedBy");
    }

    @Test
    void aRulePostAnsweredWithoutSavingTheRuleIsSentAgainAfterTheListingShowsNoRuleAndAttachesOnce() {
        cxone.failNext("attach", 1, unansweredRulePost());

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(cxone.attachedRules).containsExactly(RULE);
        assertThat(calls).containsExactly("save", "create", "save", "attach", "list", "attach", "save");
        assertThat(audit.actions()).containsSubsequence("DIALER_RULE_ATTACHED:INTENDED", "DIALER_RULE_ATTACHED:UNKNOWN",
                "DIALER_RULE_ATTACHED:INTENDED", "DIALER_RULE_ATTACHED:SUCCESS");
        assertThat(audit.only("DIALER_RULE_ATTACHED", AuditOutcome.SUCCESS).details()).doesNotContainKey("confirmedBy");
    }

    @Test
    void aRulePostUnansweredOnEveryAttemptDefersTheRowInsteadOfFailingIt() {
        cxone.failures.put("attach", unansweredRulePost());

        ProvisioningResult result = run(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.PENDING);
        assertThat(calls.stream().filter("attach"::equals)).hasSize(ProvisionCampaignService.MAX_RULE_ATTEMPTS);
        assertThat(calls.stream().filter("list"::equals)).as("the listing is read after each unanswered POST")
                .hasSize(ProvisionCampaignService.MAX_RULE_ATTEMPTS);
        assertThat(cxone.attachedRules).isEmpty();
        assertThat(cxone.activations).isZero();
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).campaignId()).isEqualTo(result.campaignId());
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).targetListId()).isNull();
    }

    @Test
    void aRuleAttachedByARunThatCrashedBeforeRecordingItIsRecordedWithoutASecondPostAndIsAlreadyPresentSinceCxoneWasNotChanged() {
        RemoteCampaign crashed = cxone.existing("Outreach Q3-1", CampaignType.PREDICTIVE, CampaignStatus.DRAFT, "list-7");
        registry.byKey.put(ExternalKey.of("Q3-1"), new KnownCampaign(ExternalKey.of("Q3-1"), crashed.id(), crashed.name(),
                CampaignType.PREDICTIVE, CampaignStatus.DRAFT, WINDOW, "queue-1", null, NOW));

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.ALREADY_DONE);
        assertThat(cxone.attachedRules).isEmpty();
        assertThat(calls).containsExactly("list", "save");
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).targetListId()).isEqualTo("list-7");
        assertThat(audit.only("DIALER_RULE_ATTACHED", AuditOutcome.SKIPPED).details().get("listedTargetListId")).isEqualTo("list-7");
    }

    // --- a name collision on create, with no intent recorded

    private static final ScheduleWindow SAME_INSTANTS_ELSEWHERE = ScheduleWindow.of(ZoneId.of("Europe/Paris"),
            WINDOW.start(), WINDOW.end());

    @ParameterizedTest(name = "differing {0}")
    @ValueSource(strings = {"type", "window", "queue"})
    void aSameNameCampaignThisProjectDidNotCreateAndThatDiffersFromTheRowIsRejectedAndTheIntentForgotten(String differing) {
        RemoteCampaign theirs = cxone.existingScheduled("Outreach Q3-1",
                differing.equals("type") ? CampaignType.PROGRESSIVE : CampaignType.PREDICTIVE,
                differing.equals("window") ? ScheduleWindow.of(WINDOW.zone(), WINDOW.start(), WINDOW.end().plusSeconds(3600)) : WINDOW,
                differing.equals("queue") ? "queue-9" : "queue-1");

        ProvisioningResult result = run(predictive("Q3-1", true));

        assertThat(result.status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(result.reason()).contains(theirs.id().value()).contains(differing);
        assertThat(cxone.attachedRules).isEmpty();
        assertThat(cxone.activations).isZero();
        assertThat(calls).containsExactly("save", "create", "list", "forget");
        assertThat(registry.byKey).doesNotContainKey(ExternalKey.of("Q3-1"));
        AuditEvent rejected = audit.only("CAMPAIGN_ADOPTED", AuditOutcome.REJECTED);
        assertThat(rejected.details().get("campaignId")).isEqualTo(theirs.id().value());
        assertThat((List<?>) rejected.details().get("differences")).singleElement().asString().startsWith(differing + " ");
    }

    @Test
    void aSameNameCampaignWithNoIntentRecordedIsAdoptedWhenItsTypeWindowInstantsAndQueueMatchTheRow() {
        RemoteCampaign matching = cxone.existingScheduled("Outreach Q3-1", CampaignType.PREDICTIVE, SAME_INSTANTS_ELSEWHERE, "queue-1");

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.campaignId()).isEqualTo(matching.id());
        assertThat(cxone.created).isEmpty();
        assertThat(cxone.attachedRules).containsExactly(RULE);
        assertThat(registry.byKey.get(ExternalKey.of("Q3-1")).campaignId()).isEqualTo(matching.id());
        assertThat(audit.only("CAMPAIGN_ADOPTED", AuditOutcome.SUCCESS).details().get("because")).isEqualTo("it matches the row");
    }

    // --- one pass, one listing

    @Test
    void aRerunOfProvisionedRowsInOnePassReadsTheListingOnceAndMakesNoOtherCall() {
        List<CampaignSpec> rows = List.of(predictive("A", true), predictive("B", true), predictive("C", true));
        rows.forEach(row -> cxone.statusesAfterActivation.add(CampaignStatus.ACTIVE));
        rows.forEach(this::run);
        calls.clear();
        cxone.listedPages = 0;

        ProvisioningPass pass = service.startPass();
        List<ProvisioningResult> results = rows.stream().map(row -> pass.provision(new ProvisionCampaignCommand(row, 43L, false))).toList();

        assertThat(results).extracting(ProvisioningResult::status).containsOnly(ItemStatus.ALREADY_DONE);
        assertThat(calls).containsExactly("list");
        assertThat(cxone.listedPages).as("three campaigns, two to a page: one walk").isEqualTo(2);
    }

    // --- the intent is audited before every change

    /** The service's audit events and the calls it makes, in one timeline. */
    private final ProvisionCampaignService timelineService = serviceWith(Duration.ofSeconds(10), events -> {
        events.forEach(e -> calls.add(e.action() + ":" + e.outcome()));
        audit.append(events);
    });

    /** The last audit entry of the timeline before the first call of this kind. */
    private String lastAuditBefore(String call) {
        List<String> before = calls.subList(0, calls.indexOf(call));
        return before.stream().filter(entry -> entry.contains(":")).reduce((first, second) -> second).orElse("none");
    }

    @Test
    void everyMutatingCallOfAPredictiveRowIsPrecededByTheIntendedAuditOfItsAction() {
        cxone.statusesAfterActivation.add(CampaignStatus.ACTIVE);

        timelineService.provision(new ProvisionCampaignCommand(predictive("Q3-1", true), 42L, false));

        assertThat(calls).containsExactly(
                "CAMPAIGN_CREATED:INTENDED", "save", "create", "CAMPAIGN_CREATED:SUCCESS", "save",
                "DIALER_RULE_ATTACHED:INTENDED", "attach", "DIALER_RULE_ATTACHED:SUCCESS", "save",
                "CAMPAIGN_ACTIVATION_REQUESTED:INTENDED", "activate", "CAMPAIGN_ACTIVATION_REQUESTED:SUCCESS",
                "load", "CAMPAIGN_ACTIVATED:SUCCESS", "save");
    }

    @Test
    void thePreviewConfigurationCallIsPrecededByTheIntendedAuditOfItsAction() {
        timelineService.provision(new ProvisionCampaignCommand(preview("P-1", false), 42L, false));

        assertThat(lastAuditBefore("create")).isEqualTo("CAMPAIGN_CREATED:INTENDED");
        assertThat(lastAuditBefore("configure")).isEqualTo("PREVIEW_CONFIGURED:INTENDED");
    }

    // --- what a failed create leaves in the registry

    @Test
    void aDefiniteRefusalOfTheCreateForgetsTheIntent() {
        cxone.failures.put("create", new CxoneRejectedException("POST /api/v2/campaigns", 400, "skill SALES is unknown", null));

        ProvisioningResult result = run(predictive("Q3-1", false));

        assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(registry.byKey).as("a 400 created nothing").doesNotContainKey(ExternalKey.of("Q3-1"));
        assertThat(calls).containsExactly("save", "create", "forget");
        assertThat(audit.only("CAMPAIGN_CREATED", AuditOutcome.FAILED).httpStatus()).isEqualTo(400);
    }
}
