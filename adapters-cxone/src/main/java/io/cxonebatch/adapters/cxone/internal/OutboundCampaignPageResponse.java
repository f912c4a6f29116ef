package io.cxonebatch.adapters.cxone.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v2/outbound/campaigns?type=…&status=…} → {@code {"entity":[{"id"}]}}. */
record OutboundCampaignPageResponse(@Nullable List<Entry> entity, @Nullable String nextPageUri) {

    record Entry(@Nullable String id) {
    }
}
