package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.RequestKey;
import io.cxonebatch.sandbox.SandboxInspection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API under {@code /_sandbox} for standalone use: no token, no faults, not counted.
 * {@code GET /_sandbox/inspect}, {@code GET|PUT /_sandbox/faults}, {@code POST /_sandbox/tokens/expire},
 * {@code POST /_sandbox/reset}.
 */
public final class AdminEndpoints {

    private final SandboxInspection inspection;
    private final FaultSettings faults;
    private final Runnable expireTokens;
    private final Runnable reset;

    public AdminEndpoints(SandboxInspection inspection, FaultSettings faults, Runnable expireTokens, Runnable reset) {
        this.inspection = inspection;
        this.faults = faults;
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
                }));
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
