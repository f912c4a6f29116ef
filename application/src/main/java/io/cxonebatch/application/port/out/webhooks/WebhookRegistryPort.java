package io.cxonebatch.application.port.out.webhooks;

import java.util.Optional;

/**
 * Remembers which webhooks were registered, or were about to be, so that each is registered once per event and
 * URI. CXone cannot list webhooks, so this record is the only one.
 */
public interface WebhookRegistryPort {

    /** The record for this event and URI, in whatever state. */
    Optional<RegisteredWebhook> findRegistered(String eventFilter, String uri);

    /**
     * Records the intent to register, before the POST. Recording the same event and URI again keeps the first.
     *
     * @return false when the event and URI were already recorded (another run or node got there first)
     */
    boolean recordIntent(RegisteredWebhook intent);

    /** Settles a recorded intent as {@link WebhookState#REGISTERED} or {@link WebhookState#UNCONFIRMED}. */
    void settle(String eventFilter, String uri, WebhookState state);

    /** Drops a recorded intent that CXone certainly did not act on, so that a later run may try again. */
    void forgetIntent(String eventFilter, String uri);
}
