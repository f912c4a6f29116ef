package io.cxonebatch.adapters.cxone.internal;

/** Body of {@code POST /api/v2/campaign-dialer-rules}; {@code abandonedCallThreshold} is a fraction in [0, 1]. */
record DialerRuleRequest(
        String campaignId,
        String ruleType,
        double abandonedCallThreshold,
        double predictiveRate,
        int maxConcurrentCalls,
        String targetListId) {
}
