package io.cxonebatch.application.port.out.cxone;

/** Registers a webhook that CXone calls on an event. */
public interface RegisterWebhookPort {

    /** @param eventFilter e.g. {@code campaign.preview.activated} */
    void registerWebhook(String name, String eventFilter, String uri);
}
