package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.RequestKey;
import io.cxonebatch.sandbox.SandboxInspection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API under {@code /_sandbox} for standalone use: no token, no faults, not counted.
 * {@code GET /_sandbox/inspect}, {@code GET|PUT /_sandbox/faults}, {@code POST /_sandbox/tokens/expire},
 * {@code POST /_sandbox/reset}, and another operator's changes: {@code PUT /_sandbox/campaigns/{id}/status} with
 * {@code {"status":"CANCELED"}} and {@code DELETE /_sandbox/campaigns/{id}}, both 204, 404 for an unknown campaign
 * (whatever the body), 400 for a body without a known status.
 */
public final class AdminEndpoints {

    private final SandboxInspection inspection;
    private final FaultSettings faults;
    private final OperatorActions operator;
    private final Runnable expireTokens;
    private final Runnable reset;

    public AdminEndpoints(SandboxInspection inspection, FaultSettings faults, OperatorActions operator, Runnable expireTokens,
            Runnable reset) {
        this.inspection = inspection;
        this.faults = faults;
        this.operator = operator;
        this.expireTokens = expireTokens;
        this.reset = reset;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/_sandbox/inspect", null, request -> ApiResponse.json(200, summary())),
                Route.of("GET", "/_sandbox/faults", null, request -> ApiResponse.json(200, FaultSettingsJson.toJson(faults))),
                Route.of("PUT", "/_sandbox/faults", null, this::putFaults),
                Route.of("POST", "/_sandbox/tokens/expire", null, request -> {
                    expireTokens.run();
                    return ApiResponse.noContent();
                }),
                Route.of("POST", "/_sandbox/reset", null, request -> {
                    reset.run();
                    return ApiResponse.noContent();
                }),
                Route.of("PUT", "/_sandbox/campaigns/{id}/status", null, this::putStatus),
                Route.of("DELETE", "/_sandbox/campaigns/{id}", null, this::delete));
    }

    private ApiResponse putStatus(ApiRequest request) {
        String id = request.pathVariable("id");
        if (!operator.exists(id)) {
            throw notFound(id);
        }
        String wanted = BodyReader.of(request.jsonObject(), 400).requiredText("status");
        CampaignStatus status = CampaignStatus.named(wanted).orElseThrow(() -> new RequestRejectedException(400,
                "status must be one of " + Arrays.toString(CampaignStatus.values()) + ", got '" + wanted + "'"));
        if (!operator.setStatus(id, status)) {
            throw notFound(id);
        }
        return ApiResponse.noContent();
    }

    private ApiResponse delete(ApiRequest request) {
        String id = request.pathVariable("id");
        if (!operator.delete(id)) {
            throw notFound(id);
        }
        return ApiResponse.noContent();
    }

    private static RequestRejectedException notFound(String id) {
        return new RequestRejectedException(404, "campaign " + id + " not found");
    }

    private ApiResponse putFaults(ApiRequest request) {
        FaultSettings next = FaultSettingsJson.patched(faults, request.jsonObject());
        faults.copyFrom(next);
        return ApiResponse.json(200, FaultSettingsJson.toJson(faults));
    }

    private ObjectNode summary() {
        ObjectNode summary = Json.object();
        summary.set("campaigns", Json.MAPPER.valueToTree(inspection.campaigns()));
        summary.set("dialerRules", Json.MAPPER.valueToTree(inspection.dialerRules()));
        summary.set("webhooks", Json.MAPPER.valueToTree(inspection.webhooks()));
        summary.set("agentAssignments", Json.MAPPER.valueToTree(inspection.agentAssignments()));
        summary.set("agentAssignmentHistory", Json.MAPPER.valueToTree(inspection.agentAssignmentHistory()));
        summary.set("contactLists", Json.MAPPER.valueToTree(inspection.contactLists()));
        summary.put("tokenRequests", inspection.tokenRequests());
        summary.put("totalRequests", inspection.totalRequests());
        summary.put("outboundSettingsPutsWithoutIfMatch", inspection.outboundSettingsPutsWithoutIfMatch());
        ArrayNode counts = summary.putArray("requestCounts");
        for (Map.Entry<RequestKey, Long> entry : inspection.requestCounts().entrySet()) {
            counts.addObject()
                    .put("method", entry.getKey().method())
                    .put("path", entry.getKey().pathTemplate())
                    .put("status", entry.getKey().status())
                    .put("count", entry.getValue());
        }
        summary.set("duplicateSideEffects", Json.MAPPER.valueToTree(inspection.duplicateSideEffects()));
        summary.set("faults", FaultSettingsJson.toJson(faults));
        return summary;
    }
}
