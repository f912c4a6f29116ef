package io.cxonebatch.application.pacing;

import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.pacing.PacingSettings;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pacing update CXone accepted.
 *
 * @param previous what the campaign held before; null when it had no dialer parameters
 * @param pacingAccuracy the share of the asked fields CXone held when read back, null when it could not be read back
 */
public record PacingUpdated(CampaignId campaignId, String externalKey, @Nullable PacingSettings previous,
        PacingSettings applied, long newVersion, @Nullable Double pacingAccuracy, long jobExecutionId, Instant at) {
}
