package io.cxonebatch.adapters.cxone.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of {@code GET /api/v2/campaigns}. */
record CampaignPageResponse(@Nullable List<CampaignResponse> entities, @Nullable String nextPageUri) {
}
