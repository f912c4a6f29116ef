package io.cxonebatch.adapters.cxone.internal;

/** Body of {@code POST /api/v2/webhooks}. */
record WebhookRequest(String name, boolean enabled, String eventFilter, String uri, String method) {
}
