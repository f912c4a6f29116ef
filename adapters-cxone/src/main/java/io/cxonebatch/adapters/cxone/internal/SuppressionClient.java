package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;

/** The tenant's suppression (do-not-call) entries, page by page. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface SuppressionClient {

    @CxoneOperation(Endpoint.READ_SUPPRESSIONS)
    @RequestLine("GET /api/v2/outbound/suppressions?limit={limit}&page={page}")
    Reply<SuppressionPageResponse> suppressions(@Param("authorization") String authorization, @Param("limit") int limit, @Param("page") int page);

    @CxoneOperation(Endpoint.READ_SUPPRESSIONS)
    @RequestLine("GET")
    Reply<SuppressionPageResponse> page(@Param("authorization") String authorization, URI page);
}
