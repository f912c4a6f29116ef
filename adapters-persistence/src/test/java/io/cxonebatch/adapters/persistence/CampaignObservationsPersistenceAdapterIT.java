package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.monitor.StatusEvent;
import io.cxonebatch.application.port.out.monitor.StatusEventKind;
import io.cxonebatch.application.port.out.monitor.TrackedCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignObservationsPersistenceAdapterIT {

    private static final Instant SINCE = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");
    private static final long RUN = 41;

    private TestDatabase database;
    private CampaignPersistenceAdapter registry;
    private CampaignObservationsPersistenceAdapter observations;

    @BeforeEach
    void start() {
        database = TestPostgres.newDatabase();
        registry = new CampaignPersistenceAdapter(database.dataSource());
        observations = new CampaignObservationsPersistenceAdapter(database.dataSource());
        for (String key : List.of("K-1", "K-2", "K-3", "K-4")) {
            known(key, CampaignStatus.ACTIVATING);
        }
        known("K-0", CampaignStatus.COMPLETED);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private void known(String key, CampaignStatus status) {
        registry.saveKnownCampaign(new KnownCampaign(ExternalKey.of(key), CampaignId.of("camp-" + key), "Campaign " + key,
                CampaignType.PREDICTIVE, status, ScheduleWindow.of(ZoneId.of("America/New_York"), SINCE, SINCE.plusSeconds(3600)),
                null, null, SINCE));
    }

    private List<String> notYetObserved(long run) {
        return observations.notYetObserved(run, null, 100).items().stream()
                .map(tracked -> tracked.campaign().externalKey().value()).toList();
    }

    private StatusEvent event(StatusEventKind kind, String key, CampaignStatus from, CampaignStatus to) {
        return new StatusEvent(kind, CampaignId.of("camp-" + key), key, from, to, NOW, 7, kind == StatusEventKind.ANOMALY ? "odd" : null);
    }

    @Test
    void aRunListsTheNonTerminalCampaignsItHasNotObservedYetInKeyOrderAPageAtATime() {
        Page<TrackedCampaign> first = observations.notYetObserved(RUN, null, 2);

        assertThat(first.items()).extracting(tracked -> tracked.campaign().externalKey().value()).containsExactly("K-1", "K-2");
        assertThat(observations.notYetObserved(RUN, first.next(), 2).items()).extracting(t -> t.campaign().externalKey().value())
                .containsExactly("K-3", "K-4");

        observations.observedUnchanged(RUN, List.of(CampaignId.of("camp-K-2")));

        assertThat(notYetObserved(RUN)).containsExactly("K-1", "K-3", "K-4");
        assertThat(notYetObserved(RUN + 1)).as("a new run observes everything again").containsExactly("K-1", "K-2", "K-3", "K-4");
    }

    @Test
    void aTransitionMovesTheStatusAndItsSinceClearsTheOverdueFlagAndIsKeptInTheHistory() {
        observations.record(RUN, event(StatusEventKind.ACTIVATION_OVERDUE, "K-1", CampaignStatus.ACTIVATING, CampaignStatus.ACTIVATING));
        assertThat(observations.tracked(List.of(CampaignId.of("camp-K-1"))).get(CampaignId.of("camp-K-1")).overdueFlaggedAt())
                .isEqualTo(NOW);

        observations.record(RUN + 1, event(StatusEventKind.TRANSITION, "K-1", CampaignStatus.ACTIVATING, CampaignStatus.ACTIVE));

        TrackedCampaign after = observations.tracked(List.of(CampaignId.of("camp-K-1"))).get(CampaignId.of("camp-K-1"));
        assertThat(after.campaign().status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(after.campaign().statusObservedAt()).isEqualTo(NOW);
        assertThat(after.overdueFlaggedAt()).isNull();
        assertThat(observations.events(RUN, 10)).extracting(StatusEvent::kind).containsExactly(StatusEventKind.ACTIVATION_OVERDUE);
        assertThat(observations.events(RUN + 1, 10)).extracting(StatusEvent::kind).containsExactly(StatusEventKind.TRANSITION);
        assertThat(notYetObserved(RUN + 1)).doesNotContain("K-1");
    }

    @Test
    void aMissingCampaignIsNeverPolledAgainAndATerminalOneMayStillBeSeenInTheListing() {
        observations.record(RUN, new StatusEvent(StatusEventKind.MISSING, CampaignId.of("camp-K-3"), "K-3", CampaignStatus.ACTIVATING,
                null, NOW, 7, "404"));

        assertThat(notYetObserved(RUN + 5)).containsExactly("K-1", "K-2", "K-4");
        assertThat(observations.tracked(List.of(CampaignId.of("camp-K-3"), CampaignId.of("camp-K-0"))))
                .containsOnlyKeys(CampaignId.of("camp-K-0"));
        assertThat(observations.events(RUN, 10)).singleElement().satisfies(event -> {
            assertThat(event.to()).isNull();
            assertThat(event.reason()).isEqualTo("404");
            assertThat(event.externalKey()).isEqualTo("K-3");
        });
    }

    @Test
    void anAnomalyIsTakenAsCxoneReportsItWithItsReason() {
        observations.record(RUN, event(StatusEventKind.ANOMALY, "K-0", CampaignStatus.COMPLETED, CampaignStatus.ACTIVE));

        assertThat(observations.tracked(List.of(CampaignId.of("camp-K-0"))).get(CampaignId.of("camp-K-0")).campaign().status())
                .isEqualTo(CampaignStatus.ACTIVE);
        assertThat(observations.events(RUN, 10)).singleElement().satisfies(event -> assertThat(event.reason()).isEqualTo("odd"));
    }

    @Test
    void anEventWhoseFromIsNoLongerTheRegistrysStatusIsNotRecorded() {
        assertThat(observations.record(RUN, event(StatusEventKind.TRANSITION, "K-1", CampaignStatus.ACTIVATING, CampaignStatus.ACTIVE)))
                .isTrue();

        assertThat(observations.record(RUN, event(StatusEventKind.TRANSITION, "K-1", CampaignStatus.ACTIVATING, CampaignStatus.FAILED)))
                .as("another writer moved it first").isFalse();
        assertThat(observations.events(RUN, 10)).hasSize(1);
        assertThat(observations.observedCount(RUN)).isEqualTo(1);
    }
}
