package io.cxonebatch.application.assignment.service;

import io.cxonebatch.application.assignment.AssignmentJob;
import io.cxonebatch.application.assignment.AssignmentStage;
import io.cxonebatch.application.assignment.port.in.DispatchAgentsUseCase;
import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.kit.calls.Answered;
import io.cxonebatch.application.kit.calls.Attempt;
import io.cxonebatch.application.kit.calls.AuditTrail;
import io.cxonebatch.application.kit.calls.Refused;
import io.cxonebatch.application.kit.campaigns.CampaignReference;
import io.cxonebatch.application.port.out.assignment.AgentDispatch;
import io.cxonebatch.application.port.out.assignment.AgentDispatchPort;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.AssignAgentsPort;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.domain.assignment.AgentRebalancer;
import io.cxonebatch.domain.assignment.CapacityScore;
import io.cxonebatch.domain.assignment.Rebalance;
import io.cxonebatch.domain.assignment.RebalancePolicy;
import io.cxonebatch.domain.assignment.RosterAssignment;
import io.cxonebatch.domain.assignment.RosterValidator;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Dispatches one preview campaign's roster rows in one atomic {@code PUT …/agents}, which replaces the campaign's
 * agents. CXone offers no read of them, so what is in place is known from this project's own record of its last
 * accepted dispatch: a roster that asks exactly what the last dispatch asked makes no call (a re-run changes
 * nothing). A campaign's rows beyond the per-dispatch limit are all rejected rather than split: a second {@code PUT}
 * would replace the first. For the same reason a campaign with a row rejected at validation is not dispatched at
 * all: sending the others would unassign the agent a typo left out.
 *
 * <p>On 409 (capacity) the dispatch is cut by the {@link RebalancePolicy}, the lowest capacity scores leaving first,
 * and sent again; the agents left out are rejected with the reason, in the report and the audit, never silently.
 * An accepted dispatch is recorded with its notification to the workforce-management webhook in one transaction
 * (the outbox), so the webhook hears of every dispatch once the relay delivers it, whatever happens to this process.
 * A {@code PUT} is sent again after a crash only when it was not recorded; it replaces the agents with the same ones.
 */
public final class AgentDispatchService implements DispatchAgentsUseCase {

    static final String DISPATCH = "AGENTS_DISPATCH";
    static final String ALREADY_DISPATCHED = "AGENTS_ALREADY_DISPATCHED";
    static final String LEFT_OUT = "LEFT_OUT_BY_REBALANCE";
    private static final System.Logger log = System.getLogger(AgentDispatchService.class.getName());

    private final RosterRows rows;
    private final StageItemsPort staging;
    private final LoadKnownCampaignPort registry;
    private final AssignAgentsPort cxone;
    private final AgentDispatchPort dispatches;
    private final AppendAuditEventsPort audit;
    private final RosterValidator validator;
    private final CapacityScore score;
    private final RebalancePolicy rebalancing;
    private final @Nullable URI workforceWebhook;
    private final int dispatchLimit;
    private final Clock clock;

    /** @param workforceWebhook where each dispatch is announced; null when nobody is to be told */
    public AgentDispatchService(StageItemsPort staging, LoadKnownCampaignPort registry, AssignAgentsPort cxone,
            AgentDispatchPort dispatches, AppendAuditEventsPort audit, EngineLimits limits, CapacityScore score,
            RebalancePolicy rebalancing, @Nullable URI workforceWebhook, Clock clock) {
        this.validator = new RosterValidator(limits);
        this.rows = new RosterRows(validator);
        this.staging = staging;
        this.registry = registry;
        this.cxone = cxone;
        this.dispatches = dispatches;
        this.audit = audit;
        this.score = score;
        this.rebalancing = rebalancing;
        this.workforceWebhook = workforceWebhook;
        this.dispatchLimit = limits.maxRosterSize();
        this.clock = clock;
    }

    @Override
    public DispatchPass startPass(long runId, long jobExecutionId, boolean dryRun) {
        AuditTrail trail = new AuditTrail(audit, clock, AssignmentJob.NAME, jobExecutionId);
        return campaignKey -> {
            // Every row of the campaign, whatever became of it: what the run holds for it decides what may be sent.
            List<StagedItem> rows = staging.itemsOf(runId, campaignKey, Set.of(), dispatchLimit + 1);
            List<StagedItem> pending = rows.stream().filter(row -> row.status() == ItemStatus.PENDING).toList();
            if (pending.isEmpty()) {
                return Optional.of(List.of());
            }
            if (rows.size() > dispatchLimit) {
                return Optional.of(rejectWhole(runId, campaignKey, tooMany(campaignKey)));
            }
            List<Long> refused = rows.stream().filter(row -> row.status() == ItemStatus.REJECTED
                    && AssignmentStage.VALIDATION.name().equals(row.stage())).map(StagedItem::key).toList();
            if (!refused.isEmpty()) {
                return Optional.of(rejectWhole(runId, campaignKey, withRejectedRows(campaignKey, refused)));
            }
            List<ItemResult> results = carryOut(runId, campaignKey, pending, trail, jobExecutionId, dryRun);
            if (results == null) {
                return Optional.empty();
            }
            staging.settle(runId, results);
            return Optional.of(results);
        };
    }

    /** Null when CXone was not answering and the rows wait. */
    private @Nullable List<ItemResult> carryOut(long runId, String key, List<StagedItem> pending, AuditTrail trail,
            long jobExecutionId, boolean dryRun) {
        try {
            Optional<KnownCampaign> known = registry.findByKeyOrCampaignId(key);
            CampaignId id = known.map(KnownCampaign::campaignId).orElse(null);
            if (id == null) {
                return all(pending, ItemStatus.REJECTED, null, List.of(CampaignReference.vanished(key, "campaign")), List.of());
            }
            Map<RosterAssignment, StagedItem> rowOf = new IdentityHashMap<>();
            List<RosterAssignment> roster = new ArrayList<>();
            for (StagedItem row : pending) {
                Validated<RosterAssignment> checked = rows.check(row, known.get().window().zone());
                if (checked instanceof Validated.Valid<RosterAssignment> valid) {
                    roster.add(valid.value());
                    rowOf.put(valid.value(), row);
                }
            }
            if (roster.size() != pending.size()) {
                throw new IllegalStateException("staged rows of campaign " + key + " no longer pass the roster rules");
            }
            Validated<List<RosterAssignment>> dispatch = validator.checkDispatch(key, roster);
            if (!dispatch.isValid()) {
                return all(pending, ItemStatus.REJECTED, null, dispatch.violations(), List.of());
            }
            return dispatch(runId, key, id, roster, rowOf, trail, jobExecutionId, dryRun);
        } catch (CxoneCallException e) {
            return e.isRetryable() ? null : all(pending, ItemStatus.FAILED, null, List.of(Violation.of("CXONE_CALL_FAILED", "",
                    e.getMessage())), List.of());
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.ERROR, "Dispatching the agents of campaign " + key + " failed unexpectedly", e);
            return all(pending, ItemStatus.FAILED, null, List.of(Violation.of("UNEXPECTED_ERROR", "", "unexpected "
                    + e.getClass().getSimpleName() + ": " + e.getMessage())), List.of());
        }
    }

    private @Nullable List<ItemResult> dispatch(long runId, String key, CampaignId id, List<RosterAssignment> roster,
            Map<RosterAssignment, StagedItem> rowOf, AuditTrail trail, long jobExecutionId, boolean dryRun) {
        String fingerprint = RosterFingerprint.of(roster);
        Optional<AgentDispatch> last = dispatches.lastDispatch(id);
        if (last.isPresent() && last.get().rosterFingerprint().equals(fingerprint)) {
            return alreadyDispatched(runId, key, last.get(), roster, rowOf, trail);
        }
        List<String> requested = roster.stream().map(RosterAssignment::userId).toList();
        if (dryRun) {
            trail.record(DISPATCH, key, AuditOutcome.PLANNED, Map.of("campaignId", id.value(), "agentsToSend", requested.size()));
            return roster.stream().map(agent -> new ItemResult(rowOf.get(agent).key(), ItemStatus.PLANNED, null, List.of(), null,
                    List.of("would dispatch with " + requested.size() + " agents"))).toList();
        }
        List<RosterAssignment> sent = roster;
        for (int rebalances = 0; ; rebalances++) {
            List<String> sentIds = sent.stream().map(RosterAssignment::userId).toList();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("campaignId", id.value());
            details.put("agentsSent", sentIds.size());
            details.put("agents", sentIds);
            details.put("rebalances", rebalances);
            trail.record(DISPATCH, key, AuditOutcome.INTENDED, details);
            List<RosterAssignment> sending = sent;
            Attempt<AgentsAssigned> put = trail.attempt(() -> cxone.assignAgents(id,
                    sending.stream().map(RosterAssignment::assignment).toList()));
            if (put instanceof Answered<AgentsAssigned> answered) {
                return accepted(runId, key, id, fingerprint, roster, sent, answered, rebalances, details, rowOf, trail,
                        jobExecutionId);
            }
            CxoneCallException refusal = ((Refused<AgentsAssigned>) put).cause();
            trail.failed(DISPATCH, key, refusal, put.latencyMillis(), details);
            int next = rebalancing.nextCapacity(sent.size());
            if (refusal instanceof CxoneConflictException && rebalances < rebalancing.maxRebalances() && next > 0) {
                sent = new AgentRebalancer(score).rebalance(roster, next).kept();
                continue;
            }
            String reason = refusal.serverMessage() == null ? "no reason given" : refusal.serverMessage();
            if (refusal instanceof CxoneConflictException) {
                return all(rowsOf(roster, rowOf), ItemStatus.FAILED, null, List.of(Violation.of("CAPACITY_EXCEEDED", "",
                        "CXone refused " + sentIds.size() + " agents for capacity after " + rebalances
                                + " rebalances (409: " + reason + "); no agents were assigned")), List.of());
            }
            if (refusal.httpStatus() == 422) {
                return all(rowsOf(roster, rowOf), ItemStatus.REJECTED, null, List.of(Violation.of("ENGINE_CONSTRAINT", "",
                        "CXone refused the dispatch (422): " + reason)), List.of());
            }
            return refusal.isRetryable() ? null : all(rowsOf(roster, rowOf), ItemStatus.FAILED, null,
                    List.of(Violation.of("CXONE_CALL_FAILED", "", refusal.getMessage())), List.of());
        }
    }

    private List<ItemResult> accepted(long runId, String key, CampaignId id, String fingerprint, List<RosterAssignment> roster,
            List<RosterAssignment> sent, Answered<AgentsAssigned> answered, int rebalances, Map<String, Object> details,
            Map<RosterAssignment, StagedItem> rowOf, AuditTrail trail, long jobExecutionId) {
        AgentsAssigned assigned = answered.require();
        List<String> requestedIds = roster.stream().map(RosterAssignment::userId).toList();
        List<String> sentIds = sent.stream().map(RosterAssignment::userId).toList();
        AgentDispatch record = new AgentDispatch(id, key, fingerprint, requestedIds, sentIds, assigned.agentsUpdated(),
                assigned.assignmentId(), rebalances, runId, jobExecutionId, clock.instant());
        dispatches.record(record, notification(record));
        details.put("agentsAccepted", assigned.agentsUpdated());
        details.put("assignmentId", assigned.assignmentId());
        details.put("leftOut", record.leftOut());
        details.put("workforceNotificationQueued", workforceWebhook != null);
        details.values().removeIf(value -> value == null);
        trail.succeeded(DISPATCH, key, answered, details);
        return results(record, roster, rowOf, ItemStatus.DONE, "assigned in " + assigned.assignmentId());
    }

    /**
     * The campaign's last dispatch asked what this roster asks. When this very run made it (a crash between its record
     * and its rows' settling), the rows are this run's doing, DONE; otherwise they were already in place.
     */
    private List<ItemResult> alreadyDispatched(long runId, String key, AgentDispatch last, List<RosterAssignment> roster,
            Map<RosterAssignment, StagedItem> rowOf, AuditTrail trail) {
        if (last.runId() == runId) {
            return results(last, roster, rowOf, ItemStatus.DONE, "assigned in " + last.assignmentId());
        }
        trail.record(ALREADY_DISPATCHED, key, AuditOutcome.SKIPPED, Map.of("campaignId", last.campaignId().value(),
                "assignmentId", last.assignmentId(), "leftOut", last.leftOut()));
        return results(last, roster, rowOf, ItemStatus.ALREADY_DONE, "already assigned in " + last.assignmentId());
    }

    /** Sent agents are done (or already done); those the dispatch left out are rejected, each with its score. */
    private List<ItemResult> results(AgentDispatch dispatch, List<RosterAssignment> roster, Map<RosterAssignment, StagedItem> rowOf,
            ItemStatus sentStatus, String change) {
        List<ItemResult> results = new ArrayList<>();
        for (RosterAssignment agent : roster) {
            long line = rowOf.get(agent).key();
            if (dispatch.sentAgents().contains(agent.userId())) {
                results.add(new ItemResult(line, sentStatus, null, List.of(), dispatch.assignmentId(), List.of(change)));
            } else {
                results.add(new ItemResult(line, ItemStatus.REJECTED, AssignmentStage.DISPATCH.name(), List.of(Violation.of(
                        LEFT_OUT, "user_id", "campaign " + dispatch.externalKey() + " took " + dispatch.sentAgents().size()
                                + " of " + dispatch.requestedAgents().size() + " agents after " + dispatch.rebalances()
                                + " capacity refusals (409); " + agent.userId() + " (capacity score "
                                + CellParser.plain(Math.round(score.of(agent) * 1000) / 1000.0)
                                + ") was left out, the lowest scores first")), dispatch.assignmentId(), List.of()));
            }
        }
        return results;
    }

    private @Nullable NewNotification notification(AgentDispatch dispatch) {
        if (workforceWebhook == null) {
            return null;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", AssignmentJob.DISPATCHED_TOPIC);
        payload.put("campaignId", dispatch.campaignId().value());
        payload.put("externalKey", dispatch.externalKey());
        payload.put("assignmentId", dispatch.assignmentId());
        payload.put("agents", dispatch.sentAgents());
        if (dispatch.acceptedAgents() != null) {
            payload.put("agentsAccepted", dispatch.acceptedAgents());
        }
        payload.put("leftOut", dispatch.leftOut());
        payload.put("dispatchedAt", dispatch.dispatchedAt().toString());
        return new NewNotification(AssignmentJob.DISPATCHED_TOPIC, workforceWebhook, payload, dispatch.jobExecutionId(),
                dispatch.externalKey());
    }

    private Violation tooMany(String key) {
        return Violation.of("ROSTER_TOO_LARGE", "campaign", "campaign " + key + " has more than " + dispatchLimit
                + " rows, the most agents one dispatch may carry (cxone-batch.engine.max-roster-size); a dispatch replaces"
                + " the campaign's agents, so it is not split");
    }

    private static Violation withRejectedRows(String key, List<Long> refusedLines) {
        String lines = refusedLines.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                + (refusedLines.size() > 10 ? " …" : "");
        return Violation.of("ROSTER_HAS_REJECTED_ROWS", "campaign", "campaign " + key + "'s roster has rejected rows (lines "
                + lines + "); nothing is dispatched to it, since a dispatch replaces its agents and would drop theirs: fix"
                + " them and run again");
    }

    /**
     * Rejects every pending row of a campaign, in one transaction: a crash can leave none of them PENDING for a
     * restart to dispatch as if it were the campaign's whole roster.
     */
    private List<ItemResult> rejectWhole(long runId, String key, Violation reason) {
        List<ItemResult> results = all(staging.itemsOf(runId, key, Set.of(ItemStatus.PENDING), Integer.MAX_VALUE),
                ItemStatus.REJECTED, null, List.of(reason), List.of());
        staging.settle(runId, results);
        return results;
    }

    private static List<StagedItem> rowsOf(List<RosterAssignment> roster, Map<RosterAssignment, StagedItem> rowOf) {
        return roster.stream().map(rowOf::get).toList();
    }

    private static List<ItemResult> all(List<StagedItem> rows, ItemStatus status, @Nullable String resultRef,
            List<Violation> reasons, List<String> changes) {
        return rows.stream().map(row -> new ItemResult(row.key(), status, AssignmentStage.DISPATCH.name(), reasons,
                resultRef, changes)).toList();
    }
}
