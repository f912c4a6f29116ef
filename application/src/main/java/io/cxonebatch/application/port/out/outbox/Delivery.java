package io.cxonebatch.application.port.out.outbox;

import org.jspecify.annotations.Nullable;

/**
 * What came of one attempt to deliver a notification.
 *
 * @param httpStatus the receiver's status, 0 when none came (refused connection, timeout)
 * @param failure why it was not delivered; null when the receiver answered 2xx
 * @param retryable for a failure, whether a later attempt may succeed (5xx, 408, 429, no answer) or never will (any
 *     other 4xx)
 */
public record Delivery(int httpStatus, @Nullable String failure, boolean retryable) {

    public static Delivery delivered(int httpStatus) {
        return new Delivery(httpStatus, null, false);
    }

    public static Delivery failed(int httpStatus, String reason, boolean retryable) {
        return new Delivery(httpStatus, reason, retryable);
    }

    public boolean isDelivered() {
        return failure == null;
    }
}
