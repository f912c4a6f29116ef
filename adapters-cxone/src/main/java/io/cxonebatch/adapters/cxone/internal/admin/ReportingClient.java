package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import tools.jackson.databind.JsonNode;

/** Historical reporting (cxone-admin-api.md §8): per-interval dialer activity of every skill of a media type. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface ReportingClient {

    /** @param startDate and {@code endDate} ISO-8601 instants */
    @AdminOperation(AdminEndpoint.LIST_DIALER_CONTACTS)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/wfm-data/skills/dialer-contacts?startDate={startDate}&endDate={endDate}"
            + "&mediaTypeId={mediaTypeId}")
    JsonNode dialerContacts(URI apiBase, @Param("authorization") String authorization, @Param("startDate") String startDate,
            @Param("endDate") String endDate, @Param("mediaTypeId") int mediaTypeId);
}
