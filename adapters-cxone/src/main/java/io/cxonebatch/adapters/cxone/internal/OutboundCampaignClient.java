package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;

/** Outbound campaign settings (read, versioned update in either form), active-campaign listing and agents. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface OutboundCampaignClient {

    @CxoneOperation(Endpoint.LOAD_OUTBOUND_CAMPAIGN)
    @RequestLine("GET /api/v2/outbound/campaigns/{id}")
    Reply<OutboundCampaignResponse> load(@Param("authorization") String authorization, @Param("id") String id);

    @CxoneOperation(Endpoint.UPDATE_OUTBOUND_CAMPAIGN)
    @RequestLine("PUT /api/v2/outbound/campaigns/{id}")
    @Headers({"Content-Type: application/json", "If-Match: {ifMatch}"})
    Reply<OutboundUpdatedResponse> updateDialerParameters(@Param("authorization") String authorization,
            @Param("id") String id, @Param("ifMatch") String ifMatch, DialerParametersRequest parameters);

    @CxoneOperation(Endpoint.UPDATE_OUTBOUND_CAMPAIGN)
    @RequestLine("PUT /api/v2/outbound/campaigns/{id}")
    @Headers({"Content-Type: application/json", "If-Match: {ifMatch}"})
    Reply<OutboundUpdatedResponse> configurePreview(@Param("authorization") String authorization,
            @Param("id") String id, @Param("ifMatch") String ifMatch, PreviewConfigurationRequest configuration);

    @CxoneOperation(Endpoint.LIST_OUTBOUND_CAMPAIGNS)
    @RequestLine("GET /api/v2/outbound/campaigns?type={type}&status={status}&limit={limit}")
    Reply<OutboundCampaignPageResponse> list(@Param("authorization") String authorization, @Param("type") String type,
            @Param("status") String status, @Param("limit") int limit);

    @CxoneOperation(Endpoint.LIST_OUTBOUND_CAMPAIGNS)
    @RequestLine("GET")
    Reply<OutboundCampaignPageResponse> page(@Param("authorization") String authorization, URI page);

    @CxoneOperation(Endpoint.ASSIGN_AGENTS)
    @RequestLine("PUT /api/v2/outbound/campaigns/{id}/agents")
    @Headers("Content-Type: application/json")
    Reply<AgentsAssignedResponse> assignAgents(@Param("authorization") String authorization, @Param("id") String id, AgentsRequest agents);
}
