package io.cxonebatch.application.port.out.cxone;

/**
 * Registers a webhook that CXone calls on an event. Not idempotent, and CXone cannot list webhooks, so the
 * adapter sends it again only when CXone certainly did not act on it (429, a refused token, a connection that
 * never opened).
 */
public interface RegisterWebhookPort {

    /**
     * @param eventFilter e.g. {@code campaign.preview.activated}
     * @throws CxoneOutcomeUnknownException when CXone may have registered the webhook without saying so
     */
    CxoneAnswer<Void> registerWebhook(String name, String eventFilter, String uri);
}
