package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.StatusTransition;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The fixture's campaigns are only read; tests that write use campaigns of their own. */
@RealPostgres
class CampaignPersistenceAdapterIT {

    private static final Instant OBSERVED = Instant.parse("2026-09-01T08:00:00Z");
    private static final ScheduleWindow WINDOW = new ScheduleWindow(ZoneId.of("America/New_York"),
            Instant.parse("2026-09-15T13:00:00Z"), Instant.parse("2026-09-15T22:00:00Z"));

    private final JdbcClient jdbc;
    private final CampaignPersistenceAdapter adapter;

    CampaignPersistenceAdapterIT(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new CampaignPersistenceAdapter(dataSource);
    }

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("CampaignPersistenceAdapterIT.sql",
                CampaignPersistenceAdapterIT.class)).execute(dataSource);
    }

    @Test
    void loadsWhatWasSaved() {
        KnownCampaign campaign = newCampaign();

        adapter.saveKnownCampaign(campaign);

        assertThat(adapter.findByExternalKey(campaign.externalKey())).contains(campaign);
    }

    @Test
    void findsNothingForAnUnknownKey() {
        assertThat(adapter.findByExternalKey(ExternalKey.of("never-planned"))).isEmpty();
        assertThat(adapter.findByKeyOrCampaignId("never-planned")).isEmpty();
    }

    @Test
    void updatesByExternalKeyInsteadOfInsertingAgain() {
        KnownCampaign first = newCampaign();
        adapter.saveKnownCampaign(first);
        KnownCampaign changed = new KnownCampaign(first.externalKey(), CampaignId.of("camp_" + UUID.randomUUID()),
                "Renamed", CampaignType.PREVIEW, CampaignStatus.SCHEDULED,
                new ScheduleWindow(ZoneId.of("Europe/Paris"), WINDOW.start().plusSeconds(3600), WINDOW.end()),
                null, null, OBSERVED.plusSeconds(60));

        adapter.saveKnownCampaign(changed);

        assertThat(adapter.findByExternalKey(first.externalKey())).contains(changed);
        assertThat(rowsWithKey(first.externalKey())).isEqualTo(1);
    }

    @Test
    void keepsAKnownCxoneIdWhenSavedWithoutOne() {
        KnownCampaign created = newCampaign();
        adapter.saveKnownCampaign(created);
        KnownCampaign replannedBeforeCreate = new KnownCampaign(created.externalKey(), null, created.name(),
                created.type(), CampaignStatus.DRAFT, created.window(), created.queueId(), created.targetListId(), OBSERVED);

        adapter.saveKnownCampaign(replannedBeforeCreate);

        assertThat(adapter.findByExternalKey(created.externalKey()))
                .hasValueSatisfying(found -> assertThat(found.campaignId()).isEqualTo(created.campaignId()));
    }

    @Test
    void findsByExternalKeyOrByCxoneId() {
        assertThat(adapter.findByKeyOrCampaignId("plan-active")).map(KnownCampaign::name).contains("Active");
        assertThat(adapter.findByKeyOrCampaignId("camp_active")).map(KnownCampaign::name).contains("Active");
    }

    @Test
    void prefersTheExternalKeyWhenItIsAlsoAnotherCampaignsId() {
        assertThat(adapter.findByKeyOrCampaignId("camp_shadowed")).map(KnownCampaign::externalKey)
                .contains(ExternalKey.of("camp_shadowed"));
    }

    @Test
    void recordsATransitionAndMakesItTheCampaignsStatus() {
        KnownCampaign campaign = newCampaign();
        adapter.saveKnownCampaign(campaign);
        Instant observedAt = OBSERVED.plusSeconds(300);

        adapter.recordStatusTransition(new StatusTransition(
                campaign.campaignId(), CampaignStatus.ACTIVATING, CampaignStatus.ACTIVE, observedAt, 42L));

        assertThat(adapter.findByExternalKey(campaign.externalKey()))
                .contains(campaign.withStatus(CampaignStatus.ACTIVE, observedAt));
        assertThat(transitionsOf(campaign.campaignId())).containsExactly(Map.of(
                "from_status", "ACTIVATING", "to_status", "ACTIVE", "job_execution_id", 42L));
    }

    @Test
    void recordsALateObservationWithoutOverwritingANewerStatus() {
        KnownCampaign campaign = newCampaign().withStatus(CampaignStatus.ACTIVE, OBSERVED);
        adapter.saveKnownCampaign(campaign);

        adapter.recordStatusTransition(new StatusTransition(
                campaign.campaignId(), CampaignStatus.DRAFT, CampaignStatus.ACTIVATING, OBSERVED.minusSeconds(60), null));

        assertThat(adapter.findByExternalKey(campaign.externalKey())).contains(campaign);
        assertThat(transitionsOf(campaign.campaignId())).hasSize(1);
    }

    @Test
    void refusesATransitionOfAnUnknownCampaignAndRecordsNothing() {
        CampaignId unknown = CampaignId.of("camp_unknown_" + UUID.randomUUID());

        assertThatThrownBy(() -> adapter.recordStatusTransition(new StatusTransition(
                unknown, null, CampaignStatus.ACTIVE, OBSERVED, null)))
                .isInstanceOf(UnknownCampaignException.class)
                .hasMessageContaining(unknown.value());

        assertThat(transitionsOf(unknown)).isEmpty();
    }

    @Test
    void recordsNeitherTransitionNorStatusWhenEitherWriteFails() {
        try (TestDatabase database = TestPostgres.newDatabase()) {
            CampaignPersistenceAdapter isolated = new CampaignPersistenceAdapter(database.dataSource());
            KnownCampaign campaign = newCampaign();
            isolated.saveKnownCampaign(campaign);
            JdbcClient.create(database.dataSource()).sql("""
                    CREATE FUNCTION fail_status_update() RETURNS trigger LANGUAGE plpgsql AS
                        $$ BEGIN RAISE EXCEPTION 'status update failed'; END; $$;
                    CREATE TRIGGER fail_status_update BEFORE UPDATE ON known_campaign
                        FOR EACH ROW EXECUTE FUNCTION fail_status_update();""").update();

            assertThatThrownBy(() -> isolated.recordStatusTransition(new StatusTransition(
                    campaign.campaignId(), CampaignStatus.DRAFT, CampaignStatus.ACTIVE, OBSERVED.plusSeconds(1), null)))
                    .hasMessageContaining("status update failed");

            assertThat(JdbcClient.create(database.dataSource()).sql("SELECT count(*) FROM campaign_status_transition")
                    .query(Long.class).single()).isZero();
            assertThat(isolated.findByExternalKey(campaign.externalKey())).contains(campaign);
        }
    }

    @Test
    void listsEveryTargetListOnceInIdOrder() {
        try (TestDatabase database = TestPostgres.newDatabase()) {
            CampaignPersistenceAdapter isolated = new CampaignPersistenceAdapter(database.dataSource());
            assertThat(isolated.knownContactListIds()).isEmpty();
            for (String list : new String[] {"list_b", "list_a", "List_C", "list_b", null}) {
                KnownCampaign campaign = newCampaign();
                isolated.saveKnownCampaign(new KnownCampaign(campaign.externalKey(), campaign.campaignId(), campaign.name(),
                        campaign.type(), campaign.status(), campaign.window(), campaign.queueId(), list,
                        campaign.statusObservedAt()));
            }

            assertThat(isolated.knownContactListIds()).containsExactly("List_C", "list_a", "list_b");
        }
    }

    @Test
    void listsTheFixturesTargetLists() {
        assertThat(adapter.knownContactListIds()).contains("list_1", "list_2").doesNotHaveDuplicates().isSorted();
    }

    private long rowsWithKey(ExternalKey key) {
        return jdbc.sql("SELECT count(*) FROM known_campaign WHERE external_key = :key")
                .param("key", key.value()).query(Long.class).single();
    }

    private List<Map<String, Object>> transitionsOf(CampaignId campaignId) {
        return jdbc.sql("""
                SELECT from_status, to_status, job_execution_id FROM campaign_status_transition
                WHERE campaign_id = :id ORDER BY id""")
                .param("id", campaignId.value()).query().listOfRows();
    }

    @Test
    void findsManyKeysInOneCallAndLeavesUnknownKeysOut() {
        KnownCampaign first = newCampaign();
        KnownCampaign second = newCampaign();
        adapter.saveKnownCampaign(first);
        adapter.saveKnownCampaign(second);

        var found = adapter.findByExternalKeys(List.of(first.externalKey(), second.externalKey(), ExternalKey.of("never-planned")));

        assertThat(found).containsOnly(Map.entry(first.externalKey(), first), Map.entry(second.externalKey(), second));
        assertThat(adapter.findByExternalKeys(List.of())).isEmpty();
    }

    @Test
    void findsSeveralEntriesByTheirCxoneIdsInOneQueryAndNeverAnIntentWithoutOne() {
        KnownCampaign first = newCampaign();
        KnownCampaign second = newCampaign();
        KnownCampaign intent = new KnownCampaign(ExternalKey.of("intent-" + UUID.randomUUID()), null, "Intended", CampaignType.PROGRESSIVE,
                CampaignStatus.DRAFT, WINDOW, null, null, OBSERVED);
        adapter.saveKnownCampaign(first);
        adapter.saveKnownCampaign(second);
        adapter.saveKnownCampaign(intent);

        var found = adapter.findByCampaignIds(List.of(first.campaignId(), second.campaignId(), CampaignId.of("someone-elses")));

        assertThat(found).containsOnly(Map.entry(first.campaignId(), first), Map.entry(second.campaignId(), second));
        assertThat(adapter.findByCampaignIds(List.of())).isEmpty();
    }

    @Test
    void forgetsAnIntentButNeverACampaignWithAnId() {
        KnownCampaign created = newCampaign();
        KnownCampaign intent = new KnownCampaign(ExternalKey.of("intent-" + UUID.randomUUID()), null, "Intended", CampaignType.PROGRESSIVE,
                CampaignStatus.DRAFT, WINDOW, null, null, OBSERVED);
        adapter.saveKnownCampaign(created);
        adapter.saveKnownCampaign(intent);

        adapter.forgetIntent(intent.externalKey());
        adapter.forgetIntent(created.externalKey());

        assertThat(adapter.findByExternalKey(intent.externalKey())).isEmpty();
        assertThat(adapter.findByExternalKey(created.externalKey())).contains(created);
    }

    private static KnownCampaign newCampaign() {
        String suffix = UUID.randomUUID().toString();
        return new KnownCampaign(ExternalKey.of("plan-" + suffix), CampaignId.of("camp_" + suffix),
                "Q3 Predictive Outreach", CampaignType.PREDICTIVE, CampaignStatus.DRAFT, WINDOW,
                "queue_abc123", "list_" + suffix, OBSERVED);
    }
}
