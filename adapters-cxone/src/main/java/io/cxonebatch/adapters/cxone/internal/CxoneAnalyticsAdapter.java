package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.application.port.out.cxone.QueryCampaignActivityPort;
import io.cxonebatch.domain.campaign.CampaignId;
import java.time.Instant;
import java.util.List;

/** Asks CXone analytics for the intervals in which a campaign dialled. */
public final class CxoneAnalyticsAdapter implements QueryCampaignActivityPort {

    private final CxoneTransport transport;

    CxoneAnalyticsAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    @Override
    public List<ActivityInterval> queryCampaignActivity(CampaignId id, Instant from, Instant to) {
        CampaignDetailsQueryRequest query = ActivityMapping.toRequest(id, from, to);
        CampaignDetailsResponse response = transport.executor.call(Endpoint.QUERY_CAMPAIGN_DETAILS,
                authorization -> transport.analytics.query(authorization, query));
        return ActivityMapping.toIntervals(response);
    }
}
