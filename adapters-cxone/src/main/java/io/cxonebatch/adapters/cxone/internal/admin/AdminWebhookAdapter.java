package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.RegisterWebhookPort;

/**
 * Webhooks over the Admin API, which has none (cxone-admin-api.md §9.4; ADR 10): every registration is refused
 * without a request, and the event it asked for has to be polled ({@code isRunning} for a preview activation).
 */
public final class AdminWebhookAdapter implements RegisterWebhookPort {

    /** Names the refused operation in messages; there is no endpoint to name. */
    static final String OPERATION = "webhook registration";

    /** @throws CxoneRejectedException with status 0, always; nothing is sent */
    @Override
    public CxoneAnswer<Void> registerWebhook(String name, String eventFilter, String uri) {
        throw new CxoneRejectedException(OPERATION, 0, "the Admin API has no webhooks, so '" + eventFilter
                + "' cannot be notified and must be polled; nothing was sent", null);
    }
}
