package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.campaign.CampaignId;
import java.time.Instant;
import java.util.List;

/** Asks CXone analytics in which intervals a campaign actually dialled. */
public interface QueryCampaignActivityPort {

    List<ActivityInterval> queryCampaignActivity(CampaignId id, Instant from, Instant to);
}
