package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.RegisterWebhookPort;

/**
 * Registers enabled webhooks that CXone calls with {@code POST}, answering with the status CXone sent. A
 * registration is not sent again once CXone may have acted on it ({@link Endpoint#REGISTER_WEBHOOK} is not
 * resendable).
 */
public final class CxoneWebhookAdapter implements RegisterWebhookPort {

    private final CxoneTransport transport;

    CxoneWebhookAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    @Override
    public CxoneAnswer<Void> registerWebhook(String name, String eventFilter, String uri) {
        WebhookRequest request = new WebhookRequest(name, true, eventFilter, uri, "POST");
        return transport.executor.call(Endpoint.REGISTER_WEBHOOK,
                authorization -> transport.webhooks.register(authorization, request)).statusOnly();
    }
}
