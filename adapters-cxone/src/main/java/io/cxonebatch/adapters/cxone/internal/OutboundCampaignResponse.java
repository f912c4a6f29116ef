package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v2/outbound/campaigns/{id}}: the dialer-parameter form plus {@code version}. A preview campaign
 * that has no dialer parameters yet has no {@code dialerType} or {@code pacing}.
 */
record OutboundCampaignResponse(
        @Nullable String id,
        @Nullable String name,
        @Nullable String status,
        @Nullable String dialerType,
        @Nullable Integer maxConcurrentCalls,
        @Nullable String timeZone,
        @Nullable Pacing pacing,
        @Nullable AdvancedDialerSettings advancedDialerSettings,
        @Nullable Long version) {

    record Pacing(@Nullable String type, @Nullable Integer interval, @Nullable Integer maxCallsPerInterval, @Nullable Double throttlePercent) {
    }

    record AdvancedDialerSettings(@Nullable Boolean autoRebalance, @Nullable Integer queuePriority) {
    }
}
