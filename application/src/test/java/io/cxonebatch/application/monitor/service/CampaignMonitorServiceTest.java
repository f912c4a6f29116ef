package io.cxonebatch.application.monitor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.monitor.port.in.Observed;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.monitor.CampaignObservationsPort;
import io.cxonebatch.application.port.out.monitor.StatusEvent;
import io.cxonebatch.application.port.out.monitor.StatusEventKind;
import io.cxonebatch.application.port.out.monitor.TrackedCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class CampaignMonitorServiceTest {

    private static final long RUN = 3;
    private static final long EXECUTION = 30;
    private static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");
    private static final ScheduleWindow WINDOW = ScheduleWindow.of(ZoneId.of("America/New_York"), T0, T0.plusSeconds(3600));

    private final MutableClock clock = MutableClock.of(T0, ZoneOffset.UTC);
    private final Registry registry = new Registry();
    private final Cxone cxone = new Cxone();
    private final FakeAudit audit = new FakeAudit();
    private final CampaignMonitorService monitor = new CampaignMonitorService(cxone, cxone, registry, audit,
            new StatusJudge(Duration.ofMinutes(15)), clock);

    private void tracked(String key, CampaignStatus status) {
        registry.campaigns.put(key, new TrackedCampaign(new KnownCampaign(ExternalKey.of(key), CampaignId.of("camp-" + key),
                "Campaign " + key, CampaignType.PREDICTIVE, status, WINDOW, null, null, T0), null));
    }

    private void cxoneHas(String key, CampaignStatus status) {
        cxone.campaigns.put("camp-" + key, status);
    }

    /** Both steps, every page, as the job runs them. */
    private long runBothSteps() {
        return runBothSteps(RUN);
    }

    private long runBothSteps(long run) {
        long read = 0;
        PageCursor cursor = null;
        do {
            Observed page = monitor.observeListingPage(run, EXECUTION, cursor);
            read += page.read();
            cursor = page.next();
        } while (cursor != null);
        do {
            Observed page = monitor.checkUnlisted(run, EXECUTION, cursor);
            read += page.read();
            cursor = page.next();
        } while (cursor != null);
        return read;
    }

    @Test
    void readsStatusesFromTheListingAndRecordsEachTransitionOnceWithItsAudit() {
        for (int n = 1; n <= 5; n++) {
            tracked("K-" + n, CampaignStatus.DRAFT);
            cxoneHas("K-" + n, n <= 2 ? CampaignStatus.ACTIVE : CampaignStatus.DRAFT);
        }
        cxoneHas("OTHER", CampaignStatus.ACTIVE);

        long read = runBothSteps();

        assertThat(read).isEqualTo(5);
        assertThat(cxone.gets).as("every tracked campaign was in the listing").isZero();
        assertThat(registry.events).extracting(StatusEvent::externalKey).containsExactly("K-1", "K-2");
        assertThat(registry.events).allSatisfy(event -> assertThat(event.kind()).isEqualTo(StatusEventKind.TRANSITION));
        assertThat(audit.events).hasSize(2).allSatisfy(event -> assertThat(event.action()).isEqualTo("CAMPAIGN_STATUS_CHANGED"));
        assertThat(registry.observed).containsExactlyInAnyOrder("K-3", "K-4", "K-5", "K-1", "K-2");
    }

    @Test
    void aCampaignTheListingDoesNotShowIsReadByIdAndMarkedMissingOnceOnA404() {
        tracked("K-1", CampaignStatus.ACTIVE);
        tracked("K-2", CampaignStatus.ACTIVE);
        cxoneHas("K-1", CampaignStatus.ACTIVE);
        cxone.unlisted.put("camp-K-2", null);

        runBothSteps();

        assertThat(cxone.gets).isEqualTo(1);
        assertThat(registry.events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(StatusEventKind.MISSING);
            assertThat(event.externalKey()).isEqualTo("K-2");
        });
        assertThat(audit.only("CAMPAIGN_MISSING", AuditOutcome.FAILED)).isNotNull();
    }

    @Test
    void aTransitionTheLifecycleForbidsIsAnAnomalyNotSilentlyAccepted() {
        tracked("K-1", CampaignStatus.COMPLETED);
        cxoneHas("K-1", CampaignStatus.ACTIVE);

        runBothSteps();

        assertThat(registry.events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(StatusEventKind.ANOMALY);
            assertThat(event.reason()).contains("no way from COMPLETED to ACTIVE");
        });
    }

    @Test
    void anActivationPastItsBudgetIsFlaggedOverdueOnceAndTheSummaryNamesEveryCampaign() {
        tracked("K-1", CampaignStatus.ACTIVATING);
        tracked("K-2", CampaignStatus.ACTIVATING);
        cxoneHas("K-1", CampaignStatus.ACTIVATING);
        cxoneHas("K-2", CampaignStatus.FAILED);
        clock.add(Duration.ofMinutes(20));

        runBothSteps(RUN);
        runBothSteps(RUN + 1);

        assertThat(registry.events).extracting(event -> event.externalKey() + " " + event.kind())
                .containsExactly("K-1 ACTIVATION_OVERDUE", "K-2 TRANSITION");
        JobResult result = monitor.summarize(RUN, "events.csv");
        assertThat(result.summaryLines()).contains("  K-2: ACTIVATING → FAILED (CXone gave no reason)")
                .anyMatch(line -> line.startsWith("  K-1: ACTIVATION_OVERDUE (ACTIVATING for 20 min"));
        assertThat(result.failed()).as("the overdue activation needs someone to look").isEqualTo(1);
        assertThat(result.done()).isEqualTo(1);
    }

    @Test
    void aStatusReachedOverSeveralStepsBetweenTwoPollsIsATransition() {
        StatusJudge judge = new StatusJudge(Duration.ofMinutes(15));
        tracked("K-1", CampaignStatus.DRAFT);

        assertThat(judge.judge(registry.campaigns.get("K-1"), CampaignStatus.COMPLETED, T0, EXECUTION)).get()
                .extracting(StatusEvent::kind).isEqualTo(StatusEventKind.TRANSITION);
        assertThat(judge.judge(registry.campaigns.get("K-1"), CampaignStatus.DRAFT, T0, EXECUTION)).isEmpty();
    }

    /** CXone's listing in pages of two, and its reads by id. */
    private static final class Cxone implements ListCampaignsPort, LoadCampaignPort {
        final Map<String, CampaignStatus> campaigns = new TreeMap<>();
        /** Campaigns the listing does not show, with what a read by id answers; null means 404. */
        final Map<String, @Nullable CampaignStatus> unlisted = new HashMap<>();
        int gets;

        @Override
        public Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor) {
            List<String> ids = new ArrayList<>(campaigns.keySet());
            int from = cursor == null ? 0 : Integer.parseInt(cursor.value());
            List<RemoteCampaign> page = ids.subList(from, Math.min(ids.size(), from + 2)).stream().map(this::remote).toList();
            return from + 2 >= ids.size() ? Page.last(page) : new Page<>(page, new PageCursor(Integer.toString(from + 2)));
        }

        @Override
        public RemoteCampaign loadCampaign(CampaignId id) {
            gets++;
            if (unlisted.get(id.value()) == null && !campaigns.containsKey(id.value())) {
                throw new CxoneRejectedException("GET /api/v2/campaigns/{id}", 404, "not found", null);
            }
            return new RemoteCampaign(id, id.value(), CampaignType.PREDICTIVE, unlisted.get(id.value()), null, null, null, 1);
        }

        private RemoteCampaign remote(String id) {
            return new RemoteCampaign(CampaignId.of(id), id, CampaignType.PREDICTIVE, campaigns.get(id), null, null, null, 1);
        }
    }

    /** The registry as the monitor sees it, in memory, with its events. */
    private final class Registry implements CampaignObservationsPort {
        final Map<String, TrackedCampaign> campaigns = new TreeMap<>();
        final Map<Long, Set<String>> observedBy = new HashMap<>();
        final Set<String> observed = new HashSet<>();
        final List<StatusEvent> events = new ArrayList<>();

        @Override
        public Map<CampaignId, TrackedCampaign> tracked(Collection<CampaignId> ids) {
            Map<CampaignId, TrackedCampaign> found = new HashMap<>();
            campaigns.values().stream().filter(c -> ids.contains(c.campaign().campaignId()))
                    .forEach(c -> found.put(c.campaign().campaignId(), c));
            return found;
        }

        @Override
        public Page<TrackedCampaign> notYetObserved(long runId, @Nullable PageCursor after, int limit) {
            return Page.last(campaigns.values().stream().filter(c -> !c.campaign().status().isTerminal())
                    .filter(c -> !observedBy.computeIfAbsent(runId, run -> new HashSet<>()).contains(c.campaign().externalKey().value()))
                    .toList());
        }

        @Override
        public void observedUnchanged(long runId, Collection<CampaignId> ids) {
            campaigns.values().stream().filter(c -> ids.contains(c.campaign().campaignId()))
                    .forEach(c -> see(runId, c.campaign().externalKey().value()));
        }

        @Override
        public boolean record(long runId, StatusEvent event) {
            if (campaigns.get(event.externalKey()).campaign().status() != event.from()) {
                return false;
            }
            events.add(event);
            see(runId, event.externalKey());
            TrackedCampaign before = campaigns.get(event.externalKey());
            campaigns.put(event.externalKey(), switch (event.kind()) {
                case TRANSITION, ANOMALY -> new TrackedCampaign(before.campaign().withStatus(event.to(), event.observedAt()), null);
                case ACTIVATION_OVERDUE -> new TrackedCampaign(before.campaign(), event.observedAt());
                case MISSING -> new TrackedCampaign(before.campaign().withStatus(CampaignStatus.CANCELED, event.observedAt()), null);
            });
            return true;
        }

        @Override
        public long observedCount(long runId) {
            return observedBy.getOrDefault(runId, Set.of()).size();
        }

        private void see(long runId, String key) {
            observed.add(key);
            observedBy.computeIfAbsent(runId, run -> new HashSet<>()).add(key);
        }

        @Override
        public List<StatusEvent> events(long runId, int limit) {
            return List.copyOf(events);
        }
    }
}
