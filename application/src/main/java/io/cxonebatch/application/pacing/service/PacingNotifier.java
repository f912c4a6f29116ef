package io.cxonebatch.application.pacing.service;

import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.application.pacing.PacingUpdateListener;
import io.cxonebatch.application.pacing.PacingUpdated;
import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.application.port.out.outbox.OutboxPort;
import io.cxonebatch.domain.pacing.PacingComparison;
import io.cxonebatch.domain.pacing.PacingFieldChange;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells an analytics system of each pacing update, through the outbox (delivered with retries by the relay): the
 * campaign, the fields that moved from what to what, the new version and the pacing accuracy.
 */
public final class PacingNotifier implements PacingUpdateListener {

    public static final String TOPIC = "pacing.updated";

    private final OutboxPort outbox;
    private final URI destination;

    public PacingNotifier(OutboxPort outbox, URI destination) {
        this.outbox = outbox;
        this.destination = destination;
    }

    @Override
    public String name() {
        return "analytics-sync";
    }

    @Override
    public void updated(PacingUpdated update) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", TOPIC);
        payload.put("job", PacingJob.NAME);
        payload.put("campaignId", update.campaignId().value());
        payload.put("externalKey", update.externalKey());
        payload.put("version", update.newVersion());
        List<Map<String, String>> changes = PacingComparison.changes(update.previous(), update.applied()).stream()
                .map(PacingNotifier::change).toList();
        payload.put("changes", changes);
        if (update.pacingAccuracy() != null) {
            payload.put("pacingAccuracy", update.pacingAccuracy());
        }
        payload.put("updatedAt", update.at().toString());
        outbox.enqueue(new NewNotification(TOPIC, destination, payload, update.jobExecutionId(), update.externalKey()));
    }

    private static Map<String, String> change(PacingFieldChange change) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("field", change.field());
        if (change.from() != null) {
            entry.put("from", change.from());
        }
        entry.put("to", change.to());
        return entry;
    }
}
