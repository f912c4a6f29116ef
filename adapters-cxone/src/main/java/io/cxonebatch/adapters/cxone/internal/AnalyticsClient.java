package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Campaign analytics. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface AnalyticsClient {

    @CxoneOperation(Endpoint.QUERY_CAMPAIGN_DETAILS)
    @RequestLine("POST /api/v2/analytics/campaigns/details/query")
    @Headers("Content-Type: application/json")
    CampaignDetailsResponse query(@Param("authorization") String authorization, CampaignDetailsQueryRequest query);
}
