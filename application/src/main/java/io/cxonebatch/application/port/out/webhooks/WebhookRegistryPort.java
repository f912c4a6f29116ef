package io.cxonebatch.application.port.out.webhooks;

import java.util.Optional;

/** Remembers which webhooks were registered, so that each is registered once per event and URI. */
public interface WebhookRegistryPort {

    Optional<RegisteredWebhook> findRegistered(String eventFilter, String uri);

    /**
     * Records a registration. Recording the same event and URI again keeps the first record.
     *
     * @return false when the event and URI were already recorded (another node registered it first)
     */
    boolean recordRegistered(RegisteredWebhook webhook);
}
