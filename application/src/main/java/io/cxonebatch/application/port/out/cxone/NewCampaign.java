package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign to create, always in DRAFT.
 *
 * @param maxAttempts dialer retry settings; CXone's defaults are used when null
 */
public record NewCampaign(
        String name,
        CampaignType type,
        @Nullable String description,
        List<String> skills,
        List<String> wrapUpCodes,
        @Nullable Integer maxCallsPerDay,
        ScheduleWindow window,
        @Nullable String queueId,
        @Nullable Integer maxAttempts,
        @Nullable Integer retryIntervalSeconds,
        @Nullable Double dropRate) {

    public NewCampaign {
        skills = List.copyOf(skills);
        wrapUpCodes = List.copyOf(wrapUpCodes);
    }
}
