package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.domain.campaign.CampaignId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The analytics query for one campaign and the intervals of its answer. */
final class ActivityMapping {

    private ActivityMapping() {
    }

    static CampaignDetailsQueryRequest toRequest(CampaignId id, Instant from, Instant to) {
        return new CampaignDetailsQueryRequest(
                new CampaignDetailsQueryRequest.DateRange(from.toString(), to.toString()),
                List.of("timeInterval", "disposition"),
                List.of(new CampaignDetailsQueryRequest.Metric("callsConnected", "count"),
                        new CampaignDetailsQueryRequest.Metric("scheduleAdherence", "percent")),
                id.value());
    }

    /** Every interval with a readable start and end; missing counts read as 0. */
    static List<ActivityInterval> toIntervals(@Nullable CampaignDetailsResponse response) {
        if (response == null || response.intervals() == null) {
            return List.of();
        }
        List<ActivityInterval> intervals = new ArrayList<>(response.intervals().size());
        for (CampaignDetailsResponse.Interval interval : response.intervals()) {
            Instant start = instant(interval.start());
            Instant end = instant(interval.end());
            if (start != null && end != null) {
                intervals.add(new ActivityInterval(start, end, interval.disposition(), orZero(interval.callsAttempted()),
                        orZero(interval.callsConnected()), orZero(interval.dialingSeconds())));
            }
        }
        return List.copyOf(intervals);
    }

    private static @Nullable Instant instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0L : value;
    }
}
