package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Endpoint;
import io.cxonebatch.sandbox.internal.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /.well-known/cxone-configuration?tenantId=...}, without a token: {@code tenantId} is required and must be
 * the sandbox's tenant; every endpoint it names is the sandbox's base URL, without a trailing slash.
 */
final class DiscoveryEndpoint implements Endpoint {

    private final AdminConfig config;

    DiscoveryEndpoint(AdminConfig config) {
        this.config = config;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String tenantId = request.queryParameter("tenantId");
        if (tenantId == null || tenantId.isBlank()) {
            throw AdminRejection.invalid("tenantId is required");
        }
        if (!tenantId.equals(config.tenantId())) {
            throw AdminRejection.notFound("tenant " + tenantId + " is unknown");
        }
        String base = request.baseUrl();
        ObjectNode body = Json.object()
                .put("private", false)
                .put("ui_endpoint", base)
                .put("auth_endpoint", base)
                .put("api_endpoint", base)
                .put("area", "na1")
                .put("cluster", config.clusterId())
                .put("domain", "niceincontact.com")
                .put("acdDomain", "nice-incontact.com")
                .put("uhDomain", "nice-incontact.com")
                .put("tenantId", config.tenantId())
                .put("globaldomain", "niceincontact.com");
        return ApiResponse.json(200, body);
    }
}
