package io.cxonebatch.application.monitor.service;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.monitor.StatusEvent;
import io.cxonebatch.application.port.out.monitor.StatusEventKind;
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a monitor run's summary and events file say. The summary names, by external key, every campaign that changed
 * state (FAILED and CANCELED ones with CXone's reason, or that it gave none), went missing, is overdue or moved in a
 * way the lifecycle forbids; the file has every event. Anomalies, missing campaigns and overdue activations are what
 * someone has to look at: they count as failed, so the run exits 3.
 */
final class MonitorSummary {

    static final List<String> COLUMNS = List.of("external_key", "campaign_id", "event", "from", "to", "observed_at", "reason");
    /** Events named on screen; the events file has them all. */
    static final int SHOWN = 50;

    private MonitorSummary() {
    }

    static List<String> row(StatusEvent event) {
        return List.of(event.externalKey(), event.campaignId().value(), event.kind().name(), event.from().name(),
                event.to() == null ? "" : event.to().name(), event.observedAt().toString(), text(event.reason()));
    }

    static JobResult of(List<StatusEvent> events, long read, String eventsFile) {
        Map<StatusEventKind, Long> counts = new EnumMap<>(StatusEventKind.class);
        events.forEach(event -> counts.merge(event.kind(), 1L, Long::sum));
        long transitions = counts.getOrDefault(StatusEventKind.TRANSITION, 0L);
        long anomalies = counts.getOrDefault(StatusEventKind.ANOMALY, 0L);
        long missing = counts.getOrDefault(StatusEventKind.MISSING, 0L);
        long overdue = counts.getOrDefault(StatusEventKind.ACTIVATION_OVERDUE, 0L);
        List<String> summary = new ArrayList<>();
        summary.add(String.format("Monitored %d campaigns: %d changed state, %d anomalies, %d missing, %d activations overdue",
                read, transitions, anomalies, missing, overdue));
        events.stream().limit(SHOWN).map(MonitorSummary::line).forEach(summary::add);
        if (events.size() > SHOWN) {
            summary.add("… and " + (events.size() - SHOWN) + " more events in the events file");
        }
        summary.add("Events:  " + eventsFile);
        return new JobResult(read, transitions, Math.max(0, read - events.size()), 0, anomalies + missing + overdue, summary,
                List.of(eventsFile));
    }

    private static String line(StatusEvent event) {
        String key = "  " + event.externalKey() + ": ";
        return switch (event.kind()) {
            case TRANSITION -> key + event.from() + " → " + event.to() + (ended(event.to())
                    ? " (" + (event.reason() == null ? "CXone gave no reason" : event.reason()) + ")" : "");
            case ANOMALY -> key + "ANOMALY " + event.from() + " → " + event.to() + " (" + event.reason() + ")";
            case MISSING -> key + "MISSING, was " + event.from() + " (" + event.reason() + ")";
            case ACTIVATION_OVERDUE -> key + "ACTIVATION_OVERDUE (" + event.reason() + ")";
        };
    }

    private static boolean ended(@Nullable CampaignStatus status) {
        return status == CampaignStatus.FAILED || status == CampaignStatus.CANCELED;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
