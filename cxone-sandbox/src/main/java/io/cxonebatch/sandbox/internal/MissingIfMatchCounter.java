package io.cxonebatch.sandbox.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the settings PUTs ({@code PUT /api/v2/outbound/campaigns/{id}}) that arrive without an {@code If-Match}
 * header, whatever their answer, refused ones included: the contract makes the header optional, so only a count
 * lets a test assert that a client never updates settings blindly over another writer's change.
 */
public final class MissingIfMatchCounter {

    private final LongAdder count = new LongAdder();

    /** Looks at one API request that was routed to {@code method} on {@code template}. */
    public void observe(String method, String template, ApiRequest request) {
        if (method.equals("PUT") && template.equals(OutboundEndpoints.SETTINGS_TEMPLATE) && request.header("if-match") == null) {
            count.increment();
        }
    }

    public long count() {
        return count.sum();
    }

    public void reset() {
        count.reset();
    }
}
