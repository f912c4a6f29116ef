package io.cxonebatch.sandbox;

import org.jspecify.annotations.Nullable;

/** A dialer rule the sandbox accepted; the optional numbers are null when the request left them out. */
public record SandboxDialerRule(
        String id,
        String campaignId,
        String ruleType,
        String targetListId,
        @Nullable Double abandonedCallThreshold,
        @Nullable Double predictiveRate,
        @Nullable Integer maxConcurrentCalls,
        String status) {

    public SandboxDialerRule {
        if (id == null || campaignId == null || ruleType == null || targetListId == null || status == null) {
            throw new IllegalArgumentException("a dialer rule needs an id, a campaign, a rule type, a target list and a status");
        }
    }
}
