package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;

/**
 * Campaigns: create, list, read, activate. Every method takes the {@code Authorization} value to send, and answers
 * with the response's status ({@link Reply}).
 */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface CampaignClient {

    @CxoneOperation(Endpoint.CREATE_CAMPAIGN)
    @RequestLine("POST /api/v2/campaigns")
    @Headers("Content-Type: application/json")
    Reply<CampaignCreatedResponse> create(@Param("authorization") String authorization, CreateCampaignRequest campaign);

    @CxoneOperation(Endpoint.LIST_CAMPAIGNS)
    @RequestLine("GET /api/v2/campaigns?page={page}&limit={limit}")
    Reply<CampaignPageResponse> list(@Param("authorization") String authorization, @Param("page") int page, @Param("limit") int limit);

    /** A further page, at the absolute URI its predecessor named. */
    @CxoneOperation(Endpoint.LIST_CAMPAIGNS)
    @RequestLine("GET")
    Reply<CampaignPageResponse> page(@Param("authorization") String authorization, URI page);

    @CxoneOperation(Endpoint.LOAD_CAMPAIGN)
    @RequestLine("GET /api/v2/campaigns/{id}")
    Reply<CampaignResponse> load(@Param("authorization") String authorization, @Param("id") String id);

    @CxoneOperation(Endpoint.ACTIVATE_CAMPAIGN)
    @RequestLine("POST /api/v2/campaigns/{id}/activate")
    Reply<Void> activate(@Param("authorization") String authorization, @Param("id") String id);
}
