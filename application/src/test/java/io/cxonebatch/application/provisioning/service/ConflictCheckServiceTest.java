package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeRegistry;
import io.cxonebatch.application.kit.FakeStaging;
import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.provisioning.port.in.CheckConflictsUseCase.ConflictCheck;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ConflictScope;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.Violation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictCheckServiceTest {

    private static final long RUN = 9;
    private static final String MORNING = "2026-09-15T08:00";
    private static final String EVENING = "2026-09-15T17:00";
    private static final ScheduleWindow WINDOW = ScheduleWindow.of(ZoneId.of("America/New_York"),
            Instant.parse("2026-09-15T12:00:00Z"), Instant.parse("2026-09-15T21:00:00Z"));

    private final FakeStaging staging = new FakeStaging();
    private final FakeRegistry registry = new FakeRegistry();
    private final FakeAudit audit = new FakeAudit();
    private final List<RemoteCampaign> inCxone = new ArrayList<>();
    private int listings;
    private final ListCampaignsPort listing = cursor -> {
        listings++;
        return Page.last(inCxone);
    };
    private final ConflictCheckService service = new ConflictCheckService(PlanRowFixtures.planRows(), staging, listing, registry,
            audit, MutableClock.of(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC));

    private void stage(long line, Map<String, String> cells) {
        staging.stage("campaign-provisioning", RUN, List.of(NewItem.valid(line, cells.get("external_key"), cells)));
    }

    private void known(String key, String campaignId) {
        registry.byKey.put(ExternalKey.of(key), new KnownCampaign(ExternalKey.of(key), CampaignId.of(campaignId), "Campaign " + key,
                CampaignType.PREDICTIVE, CampaignStatus.ACTIVE, WINDOW, "queue-a", null, Instant.parse("2026-09-01T09:00:00Z")));
    }

    @Test
    void theSecondOfTwoRowsOverlappingOnOneQueueIsRejectedNamingTheFirst() {
        stage(2, PlanRowFixtures.predictive("K-1", "queue-a", MORNING, EVENING));
        stage(3, PlanRowFixtures.predictive("K-2", "queue-a", "2026-09-15T16:00", "2026-09-15T18:00"));

        ConflictCheck check = service.check(RUN, 90, ConflictScope.SHARED_RESOURCE);

        assertThat(check.tally()).isEqualTo(new StepTally(2, 1));
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.PENDING);
        assertThat(staging.item(RUN, 3).status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(staging.item(RUN, 3).stage()).isEqualTo("CONFLICTS");
        assertThat(staging.item(RUN, 3).violations()).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("K-1"));
        assertThat(audit.only("PLAN_ROW_REJECTED", AuditOutcome.REJECTED).details().get("stage")).isEqualTo("CONFLICTS");
    }

    @Test
    void aCxoneCampaignOnAnotherQueueClashesOnlyWhenTheScopeIsAny() {
        inCxone.add(new RemoteCampaign(CampaignId.of("camp-x"), "Elsewhere", CampaignType.PREDICTIVE, CampaignStatus.ACTIVE,
                WINDOW, "queue-z", "list-z", 1));
        stage(2, PlanRowFixtures.predictive("K-1", "queue-a", MORNING, EVENING));
        stage(3, PlanRowFixtures.predictive("K-2", "queue-b", "2026-09-16T08:00", "2026-09-16T17:00"));

        assertThat(service.check(RUN, 90, ConflictScope.SHARED_RESOURCE).tally().written()).isZero();
        assertThat(service.check(RUN, 91, ConflictScope.ANY).tally().written()).isEqualTo(1);
    }

    @Test
    void aRowClashingWithAScheduledCampaignInCxoneIsRejected() {
        inCxone.add(new RemoteCampaign(CampaignId.of("camp-x"), "Someone else's", CampaignType.PREDICTIVE, CampaignStatus.SCHEDULED,
                WINDOW, "queue-a", null, 1));
        stage(2, PlanRowFixtures.predictive("K-1", "queue-a", MORNING, EVENING));

        service.check(RUN, 90, ConflictScope.SHARED_RESOURCE);

        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(staging.item(RUN, 2).violations()).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("camp-x"));
    }

    @Test
    void aCampaignThatNoLongerHoldsItsScheduleIsNotBooked() {
        inCxone.add(new RemoteCampaign(CampaignId.of("camp-x"), "Done", CampaignType.PREDICTIVE, CampaignStatus.COMPLETED,
                WINDOW, "queue-a", null, 1));
        stage(2, PlanRowFixtures.predictive("K-1", "queue-a", MORNING, EVENING));

        assertThat(service.check(RUN, 90, ConflictScope.SHARED_RESOURCE).tally().written()).isZero();
    }

    @Test
    void aRerunOfRowsTheRegistryKnowsRejectsNoneOfThemAndNeverReadsCxone() {
        known("K-1", "camp-1");
        inCxone.add(new RemoteCampaign(CampaignId.of("camp-1"), "Campaign K-1", CampaignType.PREDICTIVE, CampaignStatus.ACTIVE,
                WINDOW, "queue-a", "list-K-1", 1));
        stage(2, PlanRowFixtures.predictive("K-1", "queue-a", MORNING, EVENING));

        ConflictCheck check = service.check(RUN, 90, ConflictScope.SHARED_RESOURCE);

        assertThat(check.tally().written()).isZero();
        assertThat(listings).isZero();
    }

    @Test
    void aKnownRowsWindowStillCountsAgainstANewRowAfterIt() {
        known("K-1", "camp-1");
        inCxone.add(new RemoteCampaign(CampaignId.of("camp-1"), "Campaign K-1", CampaignType.PREDICTIVE, CampaignStatus.ACTIVE,
                WINDOW, "queue-a", "list-K-1", 1));
        stage(2, PlanRowFixtures.predictive("K-1", "queue-a", MORNING, EVENING));
        stage(3, PlanRowFixtures.predictive("K-2", "queue-a", MORNING, EVENING));

        ConflictCheck check = service.check(RUN, 90, ConflictScope.SHARED_RESOURCE);

        assertThat(check.tally().written()).isEqualTo(1);
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.PENDING);
        assertThat(staging.item(RUN, 3).status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(listings).as("CXone is read once a new row comes up").isEqualTo(1);
    }

    @Test
    void countsThePreviewRowsLeftToProvisionForTheWebhookStep() {
        stage(2, PlanRowFixtures.preview("P-1", "queue-a", MORNING, EVENING));
        stage(3, PlanRowFixtures.preview("P-2", "queue-a", MORNING, EVENING));
        stage(4, PlanRowFixtures.preview("P-3", "queue-c", MORNING, EVENING));

        assertThat(service.check(RUN, 90, ConflictScope.SHARED_RESOURCE).pendingPreviews()).isEqualTo(2);
    }
}
