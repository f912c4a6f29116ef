package io.cxonebatch.adapters.cxone.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/v2/campaigns}; dates are RFC 3339 with the offset of {@code timezone}. The contract's
 * {@code dialerSettings} block is optional and never sent: a new campaign dials with CXone's default retries.
 */
record CreateCampaignRequest(
        String name,
        String type,
        String status,
        @Nullable String description,
        List<String> skills,
        List<String> wrapUpCodes,
        @Nullable Integer maxCallsPerDay,
        String startDate,
        String endDate,
        String timezone,
        @Nullable RoutingSettings routingSettings) {

    record RoutingSettings(String queueId) {
    }
}
