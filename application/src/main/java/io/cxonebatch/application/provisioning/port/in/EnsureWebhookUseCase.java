package io.cxonebatch.application.provisioning.port.in;

/**
 * Registers a CXone webhook once per event filter and URI. CXone offers no way to list webhooks, so the project
 * remembers what it registered and asks CXone only for what it has no record of.
 */
public interface EnsureWebhookUseCase {

    /**
     * Registers the webhook unless it is already recorded as registered for the same event filter and URI (the
     * name does not take part). A failed CXone call is reported in the result, not thrown.
     */
    WebhookResult ensureRegistered(WebhookRequest request);
}
