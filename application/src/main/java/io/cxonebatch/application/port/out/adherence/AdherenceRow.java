package io.cxonebatch.application.port.out.adherence;

import io.cxonebatch.domain.adherence.DailyAdherence;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.schedule.ScheduleWindow;

/** One campaign's adherence on one business date, as a run computed it. */
public record AdherenceRow(CampaignId campaignId, String externalKey, String name, ScheduleWindow planned,
        DailyAdherence figures) {
}
