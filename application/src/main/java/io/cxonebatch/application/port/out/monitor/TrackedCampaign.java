package io.cxonebatch.application.port.out.monitor;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign of the registry as the monitor tracks it.
 *
 * @param campaign its registry entry; {@code status} and {@code statusObservedAt} are the last status seen and
 *     since when the campaign has had it
 * @param overdueFlaggedAt when its current activation was flagged overdue; null when it was not
 */
public record TrackedCampaign(KnownCampaign campaign, @Nullable Instant overdueFlaggedAt) {
}
