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
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Map<TrackedCampaign, CampaignStatus> seen = new LinkedHashMap<>();
        for (RemoteCampaign remote : page.items()) {
            TrackedCampaign campaign = tracked.get(remote.id());
            if (campaign != null) {
                seen.put(campaign, remote.status());
            }
        }
        return settle(runId, jobExecutionId, seen, Map.of(), tracked.size(), page.next());
    }

    @Override
    public Observed checkUnlisted(long runId, long jobExecutionId, @Nullable PageCursor cursor) {
        Page<TrackedCampaign> page = observations.notYetObserved(runId, cursor, UNLISTED_PAGE);
        // Every read of the page first, and only then any write: a CXone that stops answering mid-page fails it
        // before it has recorded or audited anything, so the restart's replay of the page records nothing twice.
        Map<TrackedCampaign, CampaignStatus> seen = new LinkedHashMap<>();
        Map<TrackedCampaign, String> gone = new LinkedHashMap<>();
        for (TrackedCampaign campaign : page.items()) {
            try {
                seen.put(campaign, campaigns.loadCampaign(Objects.requireNonNull(campaign.campaign().campaignId())).status());
            } catch (CxoneCallException e) {
                if (e.httpStatus() != 404) {
                    throw e;
                }
                gone.put(campaign, "absent from every page of CXone's listing, and CXone answers 404 for it");
            }
        }
        return settle(runId, jobExecutionId, seen, gone, page.items().size(), page.next());
    }

    /** Judges what a page saw and records it: the events one by one, the campaigns unchanged in one statement. */
    private Observed settle(long runId, long jobExecutionId, Map<TrackedCampaign, CampaignStatus> seen,
            Map<TrackedCampaign, String> gone, long read, @Nullable PageCursor next) {
        List<StatusEvent> events = new ArrayList<>();
        List<CampaignId> unchanged = new ArrayList<>();
        Instant now = clock.instant();
        seen.forEach((campaign, status) -> judge.judge(campaign, status, now, jobExecutionId).ifPresentOrElse(events::add,
                () -> unchanged.add(Objects.requireNonNull(campaign.campaign().campaignId()))));
        gone.forEach((campaign, reason) -> events.add(new StatusEvent(StatusEventKind.MISSING,
                Objects.requireNonNull(campaign.campaign().campaignId()), campaign.campaign().externalKey().value(),
                campaign.campaign().status(), null, now, jobExecutionId, reason)));
        long recorded = 0;
        long overdue = 0;
        for (StatusEvent event : events) {
            if (record(runId, event)) {
                recorded++;
                overdue += event.kind() == StatusEventKind.ACTIVATION_OVERDUE ? 1 : 0;
            }
        }
        observations.observedUnchanged(runId, unchanged);
        return new Observed(read, recorded, overdue, next);
    }

    /** Records an event with its audit row, unless another writer moved the campaign first. */
    private boolean record(long runId, StatusEvent event) {
        if (!observations.record(runId, event)) {
            return false;
        }
        if (event.kind() == StatusEventKind.ACTIVATION_OVERDUE) {
            log.log(System.Logger.Level.WARNING, "Campaign " + event.externalKey().replaceAll("[\\r\\n]", "?")
                    + " is ACTIVATION_OVERDUE: " + event.reason());
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
        return true;
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
    public List<List<String>> eventRows(long runId) {
        return observations.events(runId, EVENTS_LIMIT).stream().map(MonitorSummary::row).toList();
    }

    @Override
    public JobResult summarize(long runId, String eventsFile) {
        return MonitorSummary.of(observations.events(runId, EVENTS_LIMIT), observations.observedCount(runId), eventsFile);
    }
}
