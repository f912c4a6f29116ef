package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The tenant's configuration on the authentication host, asked without a token (cxone-admin-api.md §1.2). */
interface DiscoveryClient {

    @AdminOperation(AdminEndpoint.DISCOVER)
    @RequestLine("GET /.well-known/cxone-configuration?tenantId={tenantId}")
    @Headers("Accept: application/json")
    CxoneConfigurationResponse configuration(@Param("tenantId") String tenantId);
}
