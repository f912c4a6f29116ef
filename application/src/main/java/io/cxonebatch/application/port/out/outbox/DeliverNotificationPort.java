package io.cxonebatch.application.port.out.outbox;

/** Sends one notification to its destination, once; never throws for what the receiver answered or for I/O. */
public interface DeliverNotificationPort {

    Delivery deliver(Notification notification);
}
