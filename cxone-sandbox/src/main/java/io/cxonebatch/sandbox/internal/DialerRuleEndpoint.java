package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxDialerRule;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v2/campaign-dialer-rules}: 201 with an ACTIVE rule; 400 for an unknown campaign or list or a bad threshold. */
public final class DialerRuleEndpoint implements Endpoint {

    private final SandboxState state;
    private final Set<String> listIds;

    public DialerRuleEndpoint(SandboxState state, Set<String> listIds) {
        this.state = state;
        this.listIds = Set.copyOf(listIds);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        BodyReader in = BodyReader.of(request.jsonObject(), 400);
        String campaignId = in.requiredText("campaignId");
        String ruleType = in.requiredText("ruleType");
        String targetListId = in.requiredText("targetListId");
        Double threshold = in.number("abandonedCallThreshold");
        Double predictiveRate = in.number("predictiveRate");
        Integer maxConcurrentCalls = in.integer("maxConcurrentCalls");
        if (threshold != null && !(threshold >= 0.0 && threshold <= 1.0)) {
            throw new RequestRejectedException(400, "abandonedCallThreshold must be a fraction in [0, 1], got " + threshold);
        }
        if (predictiveRate != null && !(predictiveRate > 0.0)) {
            throw new RequestRejectedException(400, "predictiveRate must be positive, got " + predictiveRate);
        }
        if (maxConcurrentCalls != null && maxConcurrentCalls < 1) {
            throw new RequestRejectedException(400, "maxConcurrentCalls must be at least 1, got " + maxConcurrentCalls);
        }
        CampaignRecord campaign = state.campaign(campaignId)
                .orElseThrow(() -> new RequestRejectedException(400, "campaign " + campaignId + " does not exist"));
        if (!listIds.contains(targetListId)) {
            throw new RequestRejectedException(400, "target list " + targetListId + " does not exist");
        }
        SandboxDialerRule rule = new SandboxDialerRule(state.nextRuleId(), campaignId, ruleType, targetListId, threshold,
                predictiveRate, maxConcurrentCalls, "ACTIVE");
        campaign.attachTargetList(targetListId);
        state.addRule(rule);
        ObjectNode body = Json.object()
                .put("id", rule.id())
                .put("campaignId", campaignId)
                .put("ruleType", ruleType)
                .put("targetListId", targetListId)
                .put("status", rule.status());
        return ApiResponse.json(201, body);
    }
}
