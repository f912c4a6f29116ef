package io.cxonebatch.adapters.cxone.internal;

/** The dialer-parameter form of {@code PUT /api/v2/outbound/campaigns/{id}}; {@code dialerType} is lower-case. */
record DialerParametersRequest(
        String id,
        String name,
        String dialerType,
        int maxConcurrentCalls,
        String timeZone,
        Pacing pacing,
        AdvancedDialerSettings advancedDialerSettings) {

    record Pacing(String type, int interval, int maxCallsPerInterval, double throttlePercent) {
    }

    record AdvancedDialerSettings(boolean autoRebalance, int queuePriority) {
    }
}
