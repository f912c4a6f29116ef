package io.cxonebatch.adapters.notify;

import io.cxonebatch.application.port.out.outbox.DeliverNotificationPort;
import io.cxonebatch.application.port.out.outbox.Delivery;
import io.cxonebatch.application.port.out.outbox.Notification;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs a notification's payload as JSON to its destination. Every attempt of one notification carries the same
 * {@code Idempotency-Key} (its outbox id), so a receiver can tell a retry from a new event: delivery is at least
 * once. 2xx is delivered; 408, 425, 429, 5xx and no answer may succeed later; any other status never will.
 */
public final class HttpNotificationDelivery implements DeliverNotificationPort {

    private static final int REASON_LIMIT = 300;

    private final HttpClient client;
    private final Duration timeout;

    public HttpNotificationDelivery(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Delivery deliver(Notification notification) {
        HttpRequest request = HttpRequest.newBuilder(notification.destination())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "cxone-batch-notification-" + notification.id())
                .header("X-Cxone-Batch-Topic", notification.topic())
                .POST(HttpRequest.BodyPublishers.ofString(notification.payloadJson(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Delivery.delivered(status);
            }
            boolean retryable = status >= 500 || status == 408 || status == 425 || status == 429;
            return Delivery.failed(status, abbreviate(response.body()), retryable);
        } catch (IOException e) {
            return Delivery.failed(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed(0, "interrupted", true);
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= REASON_LIMIT ? flat : flat.substring(0, REASON_LIMIT) + "…";
    }
}
