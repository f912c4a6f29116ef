package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seeded campaigns (§4), reporting groups that dial nothing: {@code GET /campaigns} by skip/top, whose field
 * names follow the version ({@code campaignId}/{@code campaignName} on v30.0 as [MCP] reads them, {@code id}/
 * {@code name} on v33.0 as the spec has them), and {@code GET /campaigns/{campaignId}}.
 */
final class ReportingCampaignEndpoints {

    private static final String SEEDED = "2024-01-01T00:00:00Z";

    private final AdminConfig config;

    ReportingCampaignEndpoints(AdminConfig config) {
        this.config = config;
    }

    ApiResponse listV30(ApiRequest request) {
        return list(request, "campaignId", "campaignName");
    }

    ApiResponse listV33(ApiRequest request) {
        return list(request, "id", "name");
    }

    ApiResponse get(ApiRequest request) {
        String raw = request.pathVariable("campaignId");
        AdminConfig.Campaign campaign = config.campaigns().stream()
                .filter(candidate -> Integer.toString(candidate.id()).equals(raw)).findFirst()
                .orElseThrow(() -> AdminRejection.notFound("campaign " + raw + " not found"));
        return ApiResponse.json(200, Json.object().put("id", campaign.id()).put("name", campaign.name()).put("divisionId", 0)
                .put("notes", "").put("description", "").put("isActive", true).put("lastUpdateTime", SEEDED));
    }

    private ApiResponse list(ApiRequest request, String idField, String nameField) {
        int skip = SkipTop.skip(request);
        int top = Math.min(SkipTop.top(request, 50), SkillEndpoints.MAX_TOP);
        ObjectNode body = Json.object().put("totalRecords", config.campaigns().size()).put("businessUnitId", config.businessUnitId());
        ArrayNode rows = body.putArray("campaigns");
        config.campaigns().stream().skip(skip).limit(top).forEach(campaign -> rows.addObject()
                .put(idField, campaign.id())
                .put(nameField, campaign.name())
                .put("isActive", true)
                .put("description", "")
                .put("notes", "")
                .put("lastUpdateTime", SEEDED));
        return ApiResponse.json(200, body);
    }
}
