package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookRegistryPort;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registered webhooks in memory, keyed by event filter and URI; the first record of a pair wins. */
final class FakeWebhookRegistry implements WebhookRegistryPort {

    final Map<List<String>, RegisteredWebhook> byEventAndUri = new LinkedHashMap<>();
    /** Runs just before a record is written: lets a test have another node record the same webhook first. */
    Runnable beforeRecord = () -> { };

    @Override
    public Optional<RegisteredWebhook> findRegistered(String eventFilter, String uri) {
        return Optional.ofNullable(byEventAndUri.get(List.of(eventFilter, uri)));
    }

    @Override
    public boolean recordIntent(RegisteredWebhook intent) {
        beforeRecord.run();
        return byEventAndUri.putIfAbsent(List.of(intent.eventFilter(), intent.uri()), intent) == null;
    }

    @Override
    public void settle(String eventFilter, String uri, WebhookState state) {
        byEventAndUri.computeIfPresent(List.of(eventFilter, uri), (key, w) ->
                new RegisteredWebhook(w.name(), w.eventFilter(), w.uri(), w.registeredAt(), w.jobExecutionId(), state));
    }

    @Override
    public void forgetIntent(String eventFilter, String uri) {
        byEventAndUri.remove(List.of(eventFilter, uri));
    }
}
