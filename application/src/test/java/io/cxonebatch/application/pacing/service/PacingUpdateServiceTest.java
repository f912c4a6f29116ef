package io.cxonebatch.application.pacing.service;

import io.cxonebatch.application.kit.campaigns.CampaignReference;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeRegistry;
import io.cxonebatch.application.kit.FakeStaging;
import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.pacing.PacingUpdateListener;
import io.cxonebatch.application.pacing.PacingUpdated;
import io.cxonebatch.application.pacing.port.in.UpdatePacingUseCase.PacingPass;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.pacing.PacingPlanValidator;
import io.cxonebatch.domain.pacing.PacingSettings;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.Violation;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class PacingUpdateServiceTest {

    private static final long RUN = 9;
    private static final long EXECUTION = 90;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final CampaignId CAMPAIGN = CampaignId.of("camp-1");
    private static final PacingSettings DEFAULTS = new PacingSettings(CampaignType.PREDICTIVE, 25, "fixed", 60, 10, 1.0,
            NEW_YORK, false, 1);

    private final FakeStaging staging = new FakeStaging();
    private final FakeRegistry registry = new FakeRegistry();
    private final FakeOutbound cxone = new FakeOutbound();
    private final FakeAudit audit = new FakeAudit();
    private final List<PacingUpdated> heard = new ArrayList<>();
    private final List<PacingUpdateListener> listeners = new ArrayList<>();
    private final MutableClock clock = MutableClock.of(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);
    private final PacingRows rows = new PacingRows(new PacingPlanValidator(EngineLimits.defaults()));

    PacingUpdateServiceTest() {
        registry.byKey.put(ExternalKey.of("Q3-EAST"), new KnownCampaign(ExternalKey.of("Q3-EAST"), CAMPAIGN, "Campaign Q3",
                CampaignType.PREDICTIVE, CampaignStatus.DRAFT, ScheduleWindow.of(NEW_YORK, Instant.parse("2026-10-02T12:00:00Z"),
                        Instant.parse("2026-10-02T21:00:00Z")), null, null, clock.instant()));
        cxone.campaign(CAMPAIGN, DEFAULTS, 4);
        listeners.add(listener("analytics", heard::add));
    }

    private static Map<String, String> row(String campaign) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("campaign", campaign);
        cells.put("dialer_type", "predictive");
        cells.put("max_concurrent_calls", "150");
        cells.put("pacing_type", "fixed");
        cells.put("interval_seconds", "60");
        cells.put("max_calls_per_interval", "25");
        cells.put("throttle_percent", "0.85");
        cells.put("timezone", "America/New_York");
        return cells;
    }

    private static PacingUpdateListener listener(String name, java.util.function.Consumer<PacingUpdated> onUpdate) {
        return new PacingUpdateListener() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void updated(PacingUpdated update) {
                onUpdate.accept(update);
            }
        };
    }

    private Optional<ItemResult> run(boolean dryRun, String campaign) {
        new PacingPlanStaging(rows, registry, staging, audit, clock).stage(RUN, EXECUTION,
                List.of(new InputLine(2, row(campaign), 8, 8)).iterator());
        PacingPass pass = new PacingUpdateService(rows, staging, registry, cxone, cxone, audit, listeners, clock)
                .startPass(RUN, EXECUTION, dryRun);
        StagedItem pending = staging.page(RUN, Set.of(ItemStatus.PENDING), (PageCursor) null, 10).items().get(0);
        return pass.update(pending);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detailsOf(AuditEvent event) {
        return (Map<String, Object>) event.details();
    }

    private AuditEvent updated() {
        return audit.only(PacingUpdateService.UPDATE, AuditOutcome.SUCCESS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void updatesWithIfMatchAndAuditsTheRealPreviousValuesTheNewOnesTheLatencyAndTheAccuracy() {
        ItemResult result = run(false, "Q3-EAST").orElseThrow();

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.changes()).containsExactly("max_concurrent_calls 25 → 150", "max_calls_per_interval 10 → 25",
                "throttle_percent 1 → 0.85", "auto_rebalance false → true");
        assertThat(cxone.calls).containsExactly("GET camp-1", "PUT camp-1 If-Match 4", "GET camp-1");
        AuditEvent event = updated();
        assertThat(event.httpStatus()).isEqualTo(200);
        assertThat(event.latencyMillis()).isNotNull();
        assertThat(detailsOf(event)).containsEntry("versionBefore", 4L).containsEntry("versionAfter", 5L)
                .containsEntry("pacingAccuracy", 1.0);
        assertThat((Map<String, Object>) detailsOf(event).get("previous")).containsEntry("max_concurrent_calls", "25")
                .containsEntry("throttle_percent", "1");
        assertThat((Map<String, Object>) detailsOf(event).get("new")).containsEntry("max_concurrent_calls", "150");
        assertThat(detailsOf(audit.only(PacingUpdateService.UPDATE, AuditOutcome.INTENDED))).containsEntry("versionBefore", 4L);
        assertThat(heard).singleElement().satisfies(update -> assertThat(update.previous()).isEqualTo(DEFAULTS));
    }

    @Test
    void aRowByCxoneIdIsStagedUnderTheCampaignsKey() {
        run(false, "camp-1");

        assertThat(staging.item(RUN, 2).ref()).isEqualTo("Q3-EAST");
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void valuesAlreadyInPlaceMakeNoPut() {
        run(false, "Q3-EAST");
        cxone.calls.clear();
        audit.events.clear();

        ItemResult again = run(false, "Q3-EAST").orElseThrow();

        assertThat(again.status()).isEqualTo(ItemStatus.ALREADY_DONE);
        assertThat(again.changes()).containsExactly(PacingUpdateService.ALREADY_IN_PLACE);
        assertThat(cxone.puts()).isZero();
        assertThat(audit.only(PacingUpdateService.ALREADY_IN_PLACE_ACTION, AuditOutcome.SKIPPED)).isNotNull();
    }

    @Test
    void a412ReReadsReAppliesAndRetriesWithTheNewVersion() {
        cxone.concurrentEdits = 2;

        ItemResult result = run(false, "Q3-EAST").orElseThrow();

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(cxone.calls).containsExactly("GET camp-1", "PUT camp-1 If-Match 4", "GET camp-1", "PUT camp-1 If-Match 5",
                "GET camp-1", "PUT camp-1 If-Match 6", "GET camp-1");
        assertThat(audit.events.stream().filter(e -> e.httpStatus() != null && e.httpStatus() == 412)).hasSize(2);
        assertThat(detailsOf(updated())).containsEntry("attempt", 3).containsEntry("versionAfter", 7L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpdateWhoseAnswerWasLostIsRecordedAsTheUpdateWithItsRealPreviousValuesAndTheListenersHearOfIt() {
        cxone.loseNextAnswer = true;

        ItemResult result = run(false, "Q3-EAST").orElseThrow();

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.changes()).contains("max_concurrent_calls 25 → 150");
        assertThat(cxone.puts()).isEqualTo(1);
        assertThat(detailsOf(updated())).containsKey("answerLost").containsEntry("versionAfter", 5L)
                .containsEntry("pacingAccuracy", 1.0);
        assertThat((Map<String, Object>) detailsOf(updated()).get("previous")).containsEntry("max_concurrent_calls", "25");
        assertThat(heard).singleElement().satisfies(update -> assertThat(update.previous()).isEqualTo(DEFAULTS));
    }

    @Test
    void a412OnEveryAttemptFailsTheRowWithoutEverPuttingWithoutIfMatch() {
        cxone.concurrentEdits = 10;

        ItemResult result = run(false, "Q3-EAST").orElseThrow();

        assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(result.violations()).extracting(Violation::code).containsExactly("VERSION_CONFLICT");
        assertThat(cxone.puts()).isEqualTo(PacingUpdateService.MAX_ATTEMPTS);
        assertThat(cxone.calls.stream().filter(call -> call.startsWith("PUT")))
                .allMatch(call -> call.contains("If-Match"));
        assertThat(heard).isEmpty();
    }

    @Test
    void a422IsARejectionCarryingCxonesReason() {
        cxone.refuseWith422 = "maxConcurrentCalls 150 exceeds the engine limit of 100";

        ItemResult result = run(false, "Q3-EAST").orElseThrow();

        assertThat(result.status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("ENGINE_CONSTRAINT");
            assertThat(v.message()).contains("exceeds the engine limit of 100");
        });
        assertThat(cxone.puts()).isEqualTo(1);
        assertThat(audit.only(PacingUpdateService.UPDATE, AuditOutcome.FAILED).httpStatus()).isEqualTo(422);
    }

    @Test
    void aDryRunReadsButNeverPuts() {
        ItemResult result = run(true, "Q3-EAST").orElseThrow();

        assertThat(result.status()).isEqualTo(ItemStatus.PLANNED);
        assertThat(result.changes()).contains("max_concurrent_calls 25 → 150");
        assertThat(cxone.puts()).isZero();
        assertThat(cxone.held(CAMPAIGN).pacing()).isEqualTo(DEFAULTS);
    }

    @Test
    void aCxoneThatDoesNotAnswerLeavesTheRowPending() {
        cxone.unavailable = true;

        assertThat(run(false, "Q3-EAST")).isEmpty();
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.PENDING);
    }

    @Test
    void aFailingListenerIsAuditedAndNeitherUndoesNorFailsTheUpdate() {
        listeners.add(0, listener("broken-sync", update -> {
            throw new IllegalStateException("sync endpoint down");
        }));

        ItemResult result = run(false, "Q3-EAST").orElseThrow();

        assertThat(result.status()).isEqualTo(ItemStatus.DONE);
        assertThat(cxone.held(CAMPAIGN).pacing().maxConcurrentCalls()).isEqualTo(150);
        assertThat(detailsOf(audit.only(PacingUpdateService.LISTENER_FAILED, AuditOutcome.FAILED)))
                .containsEntry("listener", "broken-sync");
        assertThat(heard).hasSize(1);
    }

    @Test
    void anEngineThatHoldsLessThanAskedShowsInTheAccuracy() {
        cxone.clampMaxConcurrentCallsTo = 100;

        run(false, "Q3-EAST");

        assertThat(detailsOf(updated())).containsEntry("pacingAccuracy", 8.0 / 9)
                .containsEntry("notHeldAsAsked", List.of("max_concurrent_calls 100 → 150"));
    }

    @Test
    void rowsNamingAnUnknownCampaignOrOneCampaignTwiceAreRejectedAtValidation() {
        List<InputLine> lines = List.of(new InputLine(2, row("Q3-EAST"), 8, 8), new InputLine(3, row("camp-1"), 8, 8),
                new InputLine(4, row("NOPE"), 8, 8));

        new PacingPlanStaging(rows, registry, staging, audit, clock).stage(RUN, EXECUTION, lines.iterator());

        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.PENDING);
        assertThat(staging.item(RUN, 3).violations()).extracting(Violation::code).containsExactly(PacingPlanStaging.DUPLICATE_CAMPAIGN);
        assertThat(staging.item(RUN, 4).violations()).extracting(Violation::code).containsExactly(CampaignReference.UNKNOWN_CAMPAIGN);
        assertThat(audit.events).hasSize(2);
    }

    @Test
    void everyPacingViolationOfARowIsReportedAtOnce() {
        Map<String, String> cells = row("Q3-EAST");
        cells.put("max_concurrent_calls", "900");
        cells.put("interval_seconds", "5");
        cells.put("throttle_percent", "0.99");
        cells.put("timezone", "Europe/Paris");

        new PacingPlanStaging(rows, registry, staging, audit, clock).stage(RUN, EXECUTION,
                List.of(new InputLine(2, cells, 8, 8)).iterator());

        assertThat(staging.item(RUN, 2).violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                "MAX_CONCURRENT_CALLS_OUT_OF_RANGE", "PACING_INTERVAL_BELOW_MINIMUM", "THROTTLE_ABOVE_MAXIMUM",
                "TIME_ZONE_NOT_APPROVED");
    }
}
