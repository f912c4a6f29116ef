package io.cxonebatch.application.port.out.outbox;

/** Where a notification stands. PENDING until delivered once, or until it is given up on. */
public enum NotificationStatus {
    /** Not yet delivered; a relay delivers it when its next attempt is due. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up on, with the reason: too many failed attempts, or a receiver that refuses it for good. */
    DEAD
}
