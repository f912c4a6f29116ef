package io.cxonebatch.application.monitor.service;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.application.monitor.port.in.ObserveCampaignsUseCase;
import io.cxonebatch.application.monitor.port.in.Observed;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.monitor.CampaignObservationsPort;
import io.cxonebatch.application.port.out.monitor.StatusEvent;
import io.cxonebatch.application.port.out.monitor.StatusEventKind;
import io.cxonebatch.application.port.out.monitor.TrackedCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * campaign-status-monitor's work. CXone's statuses come from its listing, a thousand campaigns a request, and only
 * the tracked campaigns the listing did not show are read one by one: a campaign CXone answers 404 for is MISSING,
 * once (it is not polled again). Every event goes into the status history and the audit; overdue activations are
 * also logged as warnings. Works for any campaign in the registry, whoever created it in CXone.
 */
public final class CampaignMonitorService implements ObserveCampaignsUseCase {

    static final int UNLISTED_PAGE = 200;
    static final int EVENTS_LIMIT = 100_000;
    private static final System.Logger log = System.getLogger(CampaignMonitorService.class.getName());

    private final ListCampaignsPort listing;
    private final LoadCampaignPort campaigns;
    private final CampaignObservationsPort observations;
    private final AppendAuditEventsPort audit;
    private final StatusJudge judge;
    private final Clock clock;

    public CampaignMonitorService(ListCampaignsPort listing, LoadCampaignPort campaigns, CampaignObservationsPort observations,
            AppendAuditEventsPort audit, StatusJudge judge, Clock clock) {
        this.listing = listing;
        this.campaigns = campaigns;
        this.observations = observations;
        this.audit = audit;
        this.judge = judge;
        this.clock = clock;
    }

    @Override
    public Observed observeListingPage(long runId, long jobExecutionId, @Nullable PageCursor cursor) {
        Page<RemoteCampaign> page = listing.campaignPage(cursor);
        Map<CampaignId, TrackedCampaign> tracked = observations.tracked(page.items().stream().map(RemoteCampaign::id).toList());
        List<CampaignId> unchanged = new ArrayList<>();
        long events = 0;
        long overdue = 0;
        for (RemoteCampaign remote : page.items()) {
            TrackedCampaign campaign = tracked.get(remote.id());
            if (campaign == null) {
                continue;
            }
            Optional<StatusEvent> event = judge.judge(campaign, remote.status(), clock.instant(), jobExecutionId);
            if (event.isPresent()) {
                record(runId, event.get());
                events++;
                overdue += event.get().kind() == StatusEventKind.ACTIVATION_OVERDUE ? 1 : 0;
            } else {
                unchanged.add(remote.id());
            }
        }
        observations.observedUnchanged(runId, unchanged);
        return new Observed(tracked.size(), events, overdue, page.next());
    }

    @Override
    public Observed checkUnlisted(long runId, long jobExecutionId, @Nullable PageCursor cursor) {
        Page<TrackedCampaign> page = observations.notYetObserved(runId, cursor, UNLISTED_PAGE);
        List<CampaignId> unchanged = new ArrayList<>();
        long events = 0;
        long overdue = 0;
        for (TrackedCampaign campaign : page.items()) {
            CampaignId id = Objects.requireNonNull(campaign.campaign().campaignId());
            Optional<StatusEvent> event;
            try {
                event = judge.judge(campaign, campaigns.loadCampaign(id).status(), clock.instant(), jobExecutionId);
            } catch (CxoneCallException e) {
                if (e.httpStatus() != 404) {
                    throw e;
                }
                event = Optional.of(new StatusEvent(StatusEventKind.MISSING, id, campaign.campaign().externalKey().value(),
                        campaign.campaign().status(), null, clock.instant(), jobExecutionId,
                        "absent from every page of CXone's listing, and CXone answers 404 for it"));
            }
            if (event.isPresent()) {
                record(runId, event.get());
                events++;
                overdue += event.get().kind() == StatusEventKind.ACTIVATION_OVERDUE ? 1 : 0;
            } else {
                unchanged.add(id);
            }
        }
        observations.observedUnchanged(runId, unchanged);
        return new Observed(page.items().size(), events, overdue, page.next());
    }

    private void record(long runId, StatusEvent event) {
        observations.record(runId, event);
        if (event.kind() == StatusEventKind.ACTIVATION_OVERDUE) {
            log.log(System.Logger.Level.WARNING, "Campaign " + event.externalKey() + " is ACTIVATION_OVERDUE: " + event.reason());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("campaignId", event.campaignId().value());
        details.put("from", event.from().name());
        if (event.to() != null) {
            details.put("to", event.to().name());
        }
        if (event.reason() != null) {
            details.put("reason", event.reason());
        }
        audit.append(new AuditEvent(event.observedAt(), event.jobExecutionId(), MonitorJob.NAME, action(event.kind()),
                event.externalKey(), outcome(event.kind()), null, null, details));
    }

    static String action(StatusEventKind kind) {
        return switch (kind) {
            case TRANSITION -> "CAMPAIGN_STATUS_CHANGED";
            case ANOMALY -> "CAMPAIGN_STATUS_ANOMALY";
            case MISSING -> "CAMPAIGN_MISSING";
            case ACTIVATION_OVERDUE -> "ACTIVATION_OVERDUE";
        };
    }

    private static AuditOutcome outcome(StatusEventKind kind) {
        return switch (kind) {
            case TRANSITION -> AuditOutcome.SUCCESS;
            case ANOMALY, MISSING -> AuditOutcome.FAILED;
            case ACTIVATION_OVERDUE -> AuditOutcome.TIMEOUT;
        };
    }

    @Override
    public List<String> eventColumns() {
        return MonitorSummary.COLUMNS;
    }

    @Override
    public List<List<String>> eventRows(long jobExecutionId) {
        return observations.events(jobExecutionId, EVENTS_LIMIT).stream().map(MonitorSummary::row).toList();
    }

    @Override
    public JobResult summarize(long jobExecutionId, long read, String eventsFile) {
        return MonitorSummary.of(observations.events(jobExecutionId, EVENTS_LIMIT), read, eventsFile);
    }
}
