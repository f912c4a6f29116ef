package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;

/** Campaigns: create, list, read, activate. Every method takes the {@code Authorization} value to send. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface CampaignClient {

    @CxoneOperation(Endpoint.CREATE_CAMPAIGN)
    @RequestLine("POST /api/v2/campaigns")
    @Headers("Content-Type: application/json")
    CampaignCreatedResponse create(@Param("authorization") String authorization, CreateCampaignRequest campaign);

    @CxoneOperation(Endpoint.LIST_CAMPAIGNS)
    @RequestLine("GET /api/v2/campaigns?page={page}&limit={limit}")
    CampaignPageResponse list(@Param("authorization") String authorization, @Param("page") int page, @Param("limit") int limit);

    /** A further page, at the absolute URI its predecessor named. */
    @CxoneOperation(Endpoint.LIST_CAMPAIGNS)
    @RequestLine("GET")
    CampaignPageResponse page(@Param("authorization") String authorization, URI page);

    @CxoneOperation(Endpoint.LOAD_CAMPAIGN)
    @RequestLine("GET /api/v2/campaigns/{id}")
    WithEtag<CampaignResponse> load(@Param("authorization") String authorization, @Param("id") String id);

    @CxoneOperation(Endpoint.ACTIVATE_CAMPAIGN)
    @RequestLine("POST /api/v2/campaigns/{id}/activate")
    void activate(@Param("authorization") String authorization, @Param("id") String id);
}
