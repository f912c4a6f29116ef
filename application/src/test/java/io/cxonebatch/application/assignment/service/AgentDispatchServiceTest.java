package io.cxonebatch.application.assignment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeRegistry;
import io.cxonebatch.application.kit.FakeStaging;
import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.campaigns.CampaignReference;
import io.cxonebatch.application.port.out.assignment.AgentDispatch;
import io.cxonebatch.application.port.out.assignment.AgentDispatchPort;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.AssignAgentsPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.assignment.AssignmentFit;
import io.cxonebatch.domain.assignment.CapacityScore;
import io.cxonebatch.domain.assignment.RebalancePolicy;
import io.cxonebatch.domain.assignment.RosterValidator;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.Violation;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class AgentDispatchServiceTest {

    private static final long RUN = 4;
    private static final long EXECUTION = 40;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final CampaignId PREVIEW = CampaignId.of("camp-p");
    private static final URI WFM = URI.create("http://127.0.0.1:9/wfm");

    private final FakeStaging staging = new FakeStaging();
    private final FakeRegistry registry = new FakeRegistry();
    private final FakeAudit audit = new FakeAudit();
    private final MutableClock clock = MutableClock.of(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);
    private final FakeAgents cxone = new FakeAgents();
    private final FakeDispatches dispatches = new FakeDispatches();
    private final EngineLimits limits = EngineLimits.defaults();

    AgentDispatchServiceTest() {
        known("Q3-PREVIEW", PREVIEW, CampaignType.PREVIEW);
        known("Q3-PREDICTIVE", CampaignId.of("camp-d"), CampaignType.PREDICTIVE);
    }

    private void known(String key, CampaignId id, CampaignType type) {
        registry.byKey.put(ExternalKey.of(key), new KnownCampaign(ExternalKey.of(key), id, "Campaign " + key, type,
                CampaignStatus.ACTIVE, ScheduleWindow.of(NEW_YORK, Instant.parse("2026-10-02T12:00:00Z"),
                        Instant.parse("2026-10-02T21:00:00Z")), null, null, clock.instant()));
    }

    /** Agent {@code n} handled {@code n} calls an hour recently: the higher n, the lower the capacity score. */
    private static InputLine agent(int line, String campaign, int n) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("campaign", campaign);
        cells.put("user_id", String.format("agent-%02d", n));
        cells.put("skills", "sales;preview");
        cells.put("window_start", "09:00");
        cells.put("window_end", "17:00");
        cells.put("timezone", "America/New_York");
        cells.put("max_concurrent_calls", "1");
        cells.put("recent_call_rate", Integer.toString(n % 25));
        return new InputLine(line, cells, cells.size(), cells.size());
    }

    private void stage(List<InputLine> lines) {
        new RosterStaging(new RosterValidator(limits), new AssignmentFit(new CapacityScore(30)), registry, staging, audit, clock)
                .stage(RUN, EXECUTION, lines.iterator());
    }

    private List<InputLine> roster(String campaign, int agents) {
        List<InputLine> lines = new ArrayList<>();
        for (int n = 1; n <= agents; n++) {
            lines.add(agent(n + 1, campaign, n));
        }
        return lines;
    }

    private Optional<List<ItemResult>> dispatch(boolean dryRun) {
        return new AgentDispatchService(staging, registry, cxone, dispatches, audit, limits, new CapacityScore(30),
                RebalancePolicy.DEFAULT, WFM, clock).startPass(RUN, EXECUTION, dryRun).dispatch("Q3-PREVIEW");
    }

    @Test
    void dispatchesACampaignsRowsInOneCallAndRecordsItWithItsNotification() {
        stage(roster("camp-p", 3));

        List<ItemResult> results = dispatch(false).orElseThrow();

        assertThat(results).extracting(ItemResult::status).containsOnly(ItemStatus.DONE);
        assertThat(cxone.sizes).containsExactly(3);
        assertThat(dispatches.records).singleElement().satisfies(d -> {
            assertThat(d.externalKey()).isEqualTo("Q3-PREVIEW");
            assertThat(d.sentAgents()).containsExactly("agent-01", "agent-02", "agent-03");
        });
        assertThat(dispatches.notifications).singleElement().satisfies(n -> {
            assertThat(n.destination()).isEqualTo(WFM);
            assertThat(objects(n.payload())).containsEntry("assignmentId", "asg-1").containsEntry("agents",
                    List.of("agent-01", "agent-02", "agent-03"));
        });
        assertThat(objects(audit.only(AgentDispatchService.DISPATCH, AuditOutcome.SUCCESS).details()))
                .containsEntry("assignmentId", "asg-1");
    }

    @Test
    void aSecondRunOfTheSameRosterChangesNothingAndSaysSo() {
        stage(roster("Q3-PREVIEW", 3));
        dispatch(false);
        new RosterStaging(new RosterValidator(limits), new AssignmentFit(new CapacityScore(30)), registry, staging, audit, clock)
                .stage(RUN + 1, EXECUTION + 1, roster("camp-p", 3).iterator());

        List<ItemResult> again = new AgentDispatchService(staging, registry, cxone, dispatches, audit, limits, new CapacityScore(30),
                RebalancePolicy.DEFAULT, WFM, clock).startPass(RUN + 1, EXECUTION + 1, false).dispatch("Q3-PREVIEW").orElseThrow();

        assertThat(again).extracting(ItemResult::status).containsOnly(ItemStatus.ALREADY_DONE);
        assertThat(again.get(0).changes()).containsExactly("already assigned in asg-1");
        assertThat(cxone.sizes).hasSize(1);
        assertThat(dispatches.notifications).hasSize(1);
    }

    @Test
    void aCapacityRefusalRebalancesKeepingTheHighestScoresAndRejectsTheLeftOutWithTheReason() {
        cxone.capacity = 5;
        stage(roster("Q3-PREVIEW", 7));

        List<ItemResult> results = dispatch(false).orElseThrow();

        assertThat(cxone.sizes).containsExactly(7, 6, 5);
        assertThat(results.stream().filter(r -> r.status() == ItemStatus.DONE)).hasSize(5);
        List<ItemResult> leftOut = results.stream().filter(r -> r.status() == ItemStatus.REJECTED).toList();
        assertThat(leftOut).extracting(ItemResult::key).containsExactly(7L, 8L);
        assertThat(leftOut.get(0).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(AgentDispatchService.LEFT_OUT);
            assertThat(v.message()).contains("took 5 of 7 agents after 2 capacity refusals", "agent-06");
        });
        assertThat(dispatches.records.get(0).leftOut()).containsExactly("agent-06", "agent-07");
        assertThat(audit.events.stream().filter(e -> e.httpStatus() != null && e.httpStatus() == 409)).hasSize(2);
        assertThat(objects(audit.only(AgentDispatchService.DISPATCH, AuditOutcome.SUCCESS).details()))
                .containsEntry("leftOut", List.of("agent-06", "agent-07"));
    }

    @Test
    void aCampaignThatTakesNoAgentFailsAfterTheBoundedRebalances() {
        cxone.capacity = 0;
        stage(roster("Q3-PREVIEW", 2));

        List<ItemResult> results = dispatch(false).orElseThrow();

        assertThat(cxone.sizes).containsExactly(2, 1);
        assertThat(results).extracting(ItemResult::status).containsOnly(ItemStatus.FAILED);
        assertThat(results.get(0).violations()).extracting(Violation::code).containsExactly("CAPACITY_EXCEEDED");
        assertThat(dispatches.records).isEmpty();
    }

    @Test
    void a422RejectsTheCampaignsRowsWithCxonesReason() {
        cxone.refuseWith422 = "agents[0].skills must not be empty";
        stage(roster("Q3-PREVIEW", 2));

        List<ItemResult> results = dispatch(false).orElseThrow();

        assertThat(results).extracting(ItemResult::status).containsOnly(ItemStatus.REJECTED);
        assertThat(results.get(0).violations().get(0).message()).contains("agents[0].skills must not be empty");
    }

    @Test
    void aDryRunSendsNothing() {
        stage(roster("Q3-PREVIEW", 2));

        assertThat(dispatch(true).orElseThrow()).extracting(ItemResult::status).containsOnly(ItemStatus.PLANNED);
        assertThat(cxone.sizes).isEmpty();
        assertThat(dispatches.records).isEmpty();
    }

    @Test
    void aCampaignWithMoreAgentsThanOneDispatchMayCarryIsRejectedWholeNotSplit() {
        stage(roster("Q3-PREVIEW", limits.maxRosterSize() + 1));

        List<ItemResult> results = dispatch(false).orElseThrow();

        assertThat(results).hasSize(limits.maxRosterSize() + 1).extracting(ItemResult::status).containsOnly(ItemStatus.REJECTED);
        assertThat(results.get(0).violations()).extracting(Violation::code).containsExactly("ROSTER_TOO_LARGE");
        assertThat(cxone.sizes).isEmpty();
    }

    @Test
    void aCampaignWithARowRejectedAtValidationIsNotDispatchedSoThatNoAgentIsDroppedByATypo() {
        List<InputLine> lines = new ArrayList<>(roster("Q3-PREVIEW", 3));
        Map<String, String> broken = new LinkedHashMap<>(lines.get(1).cells());
        broken.put("max_concurrent_calls", "3");
        lines.set(1, new InputLine(3, broken, broken.size(), broken.size()));
        stage(lines);

        List<ItemResult> results = dispatch(false).orElseThrow();

        assertThat(results).extracting(ItemResult::key).containsExactly(2L, 4L);
        assertThat(results).allSatisfy(result -> assertThat(result.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("rejected rows (lines 3)")));
        assertThat(cxone.sizes).isEmpty();
    }

    @Test
    void aRestartFindingItsOwnRecordedDispatchSettlesTheRowsAsDoneWithoutSendingAgain() {
        stage(roster("Q3-PREVIEW", 2));
        dispatch(false);
        // A crash between the dispatch's record and its rows' settling: the rows are PENDING again, the record stays.
        staging.clearRun(RUN);
        stage(roster("Q3-PREVIEW", 2));

        List<ItemResult> again = dispatch(false).orElseThrow();

        assertThat(again).extracting(ItemResult::status).containsOnly(ItemStatus.DONE);
        assertThat(cxone.sizes).hasSize(1);
    }

    @Test
    void rosterRowsAreCheckedAgainstTheirCampaignWithEveryReason() {
        InputLine evening = agent(2, "Q3-PREVIEW", 0);
        Map<String, String> cells = new LinkedHashMap<>(evening.cells());
        cells.put("window_start", "18:00");
        cells.put("window_end", "22:00");
        cells.put("recent_call_rate", "45");
        cells.put("max_concurrent_calls", "3");
        stage(List.of(new InputLine(2, cells, cells.size(), cells.size()), agent(3, "Q3-PREDICTIVE", 1), agent(4, "NOPE", 1),
                agent(5, "Q3-PREVIEW", 1), agent(6, "camp-p", 1)));

        assertThat(staging.item(RUN, 2).violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                "AGENT_CONCURRENCY_OUT_OF_RANGE", AssignmentFit.WINDOW_OUTSIDE_CAMPAIGN, AssignmentFit.AGENT_AT_CAPACITY);
        assertThat(staging.item(RUN, 3).violations()).extracting(Violation::code).containsExactly(RosterStaging.NOT_A_PREVIEW_CAMPAIGN);
        assertThat(staging.item(RUN, 4).violations()).extracting(Violation::code).containsExactly(CampaignReference.UNKNOWN_CAMPAIGN);
        assertThat(staging.item(RUN, 5).status()).isEqualTo(ItemStatus.PENDING);
        assertThat(staging.item(RUN, 6).violations()).extracting(Violation::code).containsExactly(RosterStaging.DUPLICATE_AGENT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objects(Map<String, ?> map) {
        return (Map<String, Object>) map;
    }

    /** CXone's agents endpoint: 409 above a capacity, as the contract says. */
    private static final class FakeAgents implements AssignAgentsPort {
        final List<Integer> sizes = new ArrayList<>();
        int capacity = Integer.MAX_VALUE;
        @Nullable String refuseWith422;

        @Override
        public synchronized CxoneAnswer<AgentsAssigned> assignAgents(CampaignId campaignId, List<AgentAssignment> agents) {
            sizes.add(agents.size());
            if (refuseWith422 != null) {
                throw new CxoneRejectedException("PUT /api/v2/outbound/campaigns/{id}/agents", 422, refuseWith422, null);
            }
            if (agents.size() > capacity) {
                throw new CxoneConflictException("PUT /api/v2/outbound/campaigns/{id}/agents", 409, "capacity exceeded", null);
            }
            return new CxoneAnswer<>(new AgentsAssigned("asg-" + sizes.size(), agents.size()), 200);
        }
    }

    private static final class FakeDispatches implements AgentDispatchPort {
        final List<AgentDispatch> records = new ArrayList<>();
        final List<NewNotification> notifications = new ArrayList<>();

        @Override
        public Optional<AgentDispatch> lastDispatch(CampaignId campaignId) {
            return records.stream().filter(d -> d.campaignId().equals(campaignId)).reduce((first, second) -> second);
        }

        @Override
        public void record(AgentDispatch dispatch, @Nullable NewNotification notification) {
            records.add(dispatch);
            if (notification != null) {
                notifications.add(notification);
            }
        }
    }
}
