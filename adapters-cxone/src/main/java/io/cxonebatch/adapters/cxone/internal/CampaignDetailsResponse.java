package io.cxonebatch.adapters.cxone.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The analytics answer as this project fixes it: the intervals in which the campaign dialled. */
record CampaignDetailsResponse(@Nullable String campaignId, @Nullable List<Interval> intervals) {

    record Interval(
            @Nullable String start,
            @Nullable String end,
            @Nullable String disposition,
            @Nullable Long callsAttempted,
            @Nullable Long callsConnected,
            @Nullable Long dialingSeconds) {
    }
}
