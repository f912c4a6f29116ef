package io.cxonebatch.application.port.out.monitor;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.domain.campaign.CampaignId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The registry as campaign-status-monitor reads and writes it. A run is a job instance: a restart keeps it, so what
 * a run has observed stays observed across a crash.
 */
public interface CampaignObservationsPort {

    /** The tracked campaigns among these CXone ids, whatever their status (a terminal one may come back: an anomaly). */
    Map<CampaignId, TrackedCampaign> tracked(Collection<CampaignId> ids);

    /**
     * Up to {@code limit} campaigns still to be checked by this run, in external-key order after the cursor:
     * non-terminal, not missing, and not observed by this run yet.
     */
    Page<TrackedCampaign> notYetObserved(long runId, @Nullable PageCursor after, int limit);

    /** Marks campaigns observed by this run with no change, in one statement. */
    void observedUnchanged(long runId, Collection<CampaignId> ids);

    /**
     * Records an event and, in the same transaction, what it means for the registry: the new status (and since when)
     * for a transition or an anomaly, {@code missing_since} for MISSING, the overdue flag for ACTIVATION_OVERDUE; the
     * campaign is marked observed by this run. Only if the registry still holds the event's {@code from} status: a
     * concurrent writer (provisioning, another monitor) that moved the campaign first wins, and nothing is recorded.
     *
     * @return whether the event was recorded
     */
    boolean record(long runId, StatusEvent event);

    /** How many campaigns this run has observed (read in the listing or by id), across its restarts. */
    long observedCount(long runId);

    /** One run's events, across its restarts, oldest first, up to {@code limit}. */
    List<StatusEvent> events(long runId, int limit);
}
