package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A campaign to create, always in DRAFT; its dialer retries are CXone's defaults. */
public record NewCampaign(
        String name,
        CampaignType type,
        @Nullable String description,
        List<String> skills,
        List<String> wrapUpCodes,
        @Nullable Integer maxCallsPerDay,
        ScheduleWindow window,
        @Nullable String queueId) {

    public NewCampaign {
        skills = List.copyOf(skills);
        wrapUpCodes = List.copyOf(wrapUpCodes);
    }
}
