package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/**
 * A campaign as {@code GET /api/v2/campaigns[/{id}]} reports it. Every field may be missing: campaigns this project
 * did not create carry what their creator gave them. Some callers name the type {@code campaignType}.
 */
record CampaignResponse(
        @Nullable String id,
        @Nullable String name,
        @Nullable String type,
        @Nullable String campaignType,
        @Nullable String status,
        @Nullable String startDate,
        @Nullable String endDate,
        @Nullable String timezone,
        @Nullable RoutingSettings routingSettings,
        @Nullable String targetListId,
        @Nullable Long version) {

    record RoutingSettings(@Nullable String queueId) {
    }
}
