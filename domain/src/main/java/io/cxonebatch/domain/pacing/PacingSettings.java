package io.cxonebatch.domain.pacing;

import io.cxonebatch.domain.campaign.CampaignType;
import java.time.ZoneId;

/**
 * The dialer parameters of one campaign, applied all at once. Rules about their bounds live in {@link PacingPolicy};
 * this record only holds a consistent set.
 *
 * @param throttlePercent fraction of the interval's calls actually placed, in (0, 1]
 */
public record PacingSettings(
        CampaignType dialerType,
        int maxConcurrentCalls,
        String pacingType,
        int intervalSeconds,
        int maxCallsPerInterval,
        double throttlePercent,
        ZoneId timeZone,
        boolean autoRebalance,
        int queuePriority) {

    public PacingSettings {
        if (dialerType == null || pacingType == null || timeZone == null) {
            throw new IllegalArgumentException("pacing settings need a dialer type, a pacing type and a time zone");
        }
    }
}
