package io.cxonebatch.application.adherence.service;

import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.adherence.port.in.AdherenceReport;
import io.cxonebatch.application.adherence.port.in.AdherenceReportUseCase;
import io.cxonebatch.application.adherence.port.in.Computed;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.adherence.AdherenceReportsPort;
import io.cxonebatch.application.port.out.adherence.AdherenceRow;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.QueryCampaignActivityPort;
import io.cxonebatch.domain.adherence.DailyAdherence;
import io.cxonebatch.domain.adherence.DialledInterval;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.schedule.CallingHours;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * adherence-report's work. The business date is a day in the configured business zone (23, 24 or 25 hours); every
 * campaign of the registry whose planned window touches it is read from CXone's analytics for that day, and the
 * domain computes its figures ({@link DailyAdherence}). Analytics rows of one interval (one per disposition) are added
 * up first. Each campaign's figures are audited as computed, so a report replaced by a later run stays in the audit.
 */
public final class AdherenceService implements AdherenceReportUseCase {

    static final int PAGE = 100;
    static final String COMPUTED = "ADHERENCE_COMPUTED";
    static final String PUBLISHED = "ADHERENCE_REPORT_PUBLISHED";

    private final AdherenceReportsPort reports;
    private final QueryCampaignActivityPort analytics;
    private final AppendAuditEventsPort audit;
    private final ZoneId businessZone;
    private final Map<ZoneId, CallingHours> callingHours;
    private final CallingHours defaultHours;
    private final Clock clock;

    /** @param callingHours the legal calling hours of the jurisdictions that differ from {@code defaultHours}, by zone */
    public AdherenceService(AdherenceReportsPort reports, QueryCampaignActivityPort analytics, AppendAuditEventsPort audit,
            ZoneId businessZone, Map<ZoneId, CallingHours> callingHours, CallingHours defaultHours, Clock clock) {
        this.reports = reports;
        this.analytics = analytics;
        this.audit = audit;
        this.businessZone = businessZone;
        this.callingHours = Map.copyOf(callingHours);
        this.defaultHours = defaultHours;
        this.clock = clock;
    }

    /** The day before today in the business zone: the default date. */
    public static LocalDate yesterday(Clock clock, ZoneId businessZone) {
        return LocalDate.now(clock.withZone(businessZone)).minusDays(1);
    }

    @Override
    public Computed computePage(long runId, long jobExecutionId, LocalDate date, @Nullable PageCursor cursor) {
        TimeSpan day = DailyAdherence.day(date, businessZone);
        Page<KnownCampaign> page = reports.campaignsTouching(day, cursor, PAGE);
        List<AdherenceRow> rows = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        for (KnownCampaign campaign : page.items()) {
            CampaignId id = Objects.requireNonNull(campaign.campaignId());
            List<DialledInterval> intervals = merged(activity(id, day));
            CallingHours hours = callingHours.getOrDefault(campaign.window().zone(), defaultHours);
            DailyAdherence figures = DailyAdherence.of(date, day, campaign.window(), intervals, hours);
            rows.add(new AdherenceRow(id, campaign.externalKey().value(), campaign.name(), campaign.window(), figures));
            events.add(new AuditEvent(clock.instant(), jobExecutionId, AdherenceJob.NAME, COMPUTED, campaign.externalKey().value(),
                    AuditOutcome.SUCCESS, null, null, details(date, id, figures, hours)));
        }
        reports.write(runId, date, rows);
        audit.append(events);
        return new Computed(page.items().size(), page.next());
    }

    @Override
    public AdherenceReport report(long runId, LocalDate date) {
        return new AdherenceReportView(date, businessZone, reports.rowsOf(runId, date));
    }

    @Override
    public OptionalLong publish(long runId, long jobExecutionId, LocalDate date) {
        OptionalLong replaced = reports.publish(runId, date);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("businessDate", date.toString());
        details.put("campaigns", reports.rowsOf(runId, date).size());
        replaced.ifPresent(run -> details.put("replacedRun", run));
        audit.append(new AuditEvent(clock.instant(), jobExecutionId, AdherenceJob.NAME, PUBLISHED, null, AuditOutcome.SUCCESS,
                null, null, details));
        return replaced;
    }

    /** CXone's analytics of a campaign for the day; none for a campaign CXone no longer has (404). */
    private List<ActivityInterval> activity(CampaignId id, TimeSpan day) {
        try {
            return analytics.queryCampaignActivity(id, day.start(), day.end());
        } catch (CxoneCallException e) {
            if (e.httpStatus() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /** CXone's rows of one interval (one per disposition) as one interval. */
    static List<DialledInterval> merged(List<ActivityInterval> rows) {
        Map<TimeSpan, long[]> byInterval = new LinkedHashMap<>();
        for (ActivityInterval row : rows) {
            if (!row.end().isAfter(row.start())) {
                continue;
            }
            long[] sums = byInterval.computeIfAbsent(new TimeSpan(row.start(), row.end()), span -> new long[3]);
            sums[0] += row.callsAttempted();
            sums[1] += row.callsConnected();
            sums[2] += row.dialingSeconds();
        }
        List<DialledInterval> intervals = new ArrayList<>();
        byInterval.forEach((span, sums) -> intervals.add(new DialledInterval(span, sums[0], sums[1], sums[2])));
        return intervals;
    }

    private static Map<String, Object> details(LocalDate date, CampaignId id, DailyAdherence figures, CallingHours hours) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("businessDate", date.toString());
        details.put("campaignId", id.value());
        details.put("hasData", figures.hasData());
        details.put("plannedSeconds", figures.plannedSeconds());
        details.put("dialledInsideSeconds", figures.dialledInsideSeconds());
        details.put("dialledOutsideSeconds", figures.dialledOutsideSeconds());
        figures.adherence().ifPresent(adherence -> details.put("adherence", adherence));
        details.put("callsAttempted", figures.callsAttempted());
        details.put("callsConnected", figures.callsConnected());
        details.put("callsOutsideCallingHours", figures.callsOutsideCallingHours());
        details.put("callingHours", hours.start() + "-" + hours.end());
        return details;
    }
}
