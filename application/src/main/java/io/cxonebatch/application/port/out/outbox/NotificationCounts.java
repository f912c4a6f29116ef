package io.cxonebatch.application.port.out.outbox;

/** How many notifications are in each status. */
public record NotificationCounts(long pending, long delivered, long dead) {

    public static final NotificationCounts NONE = new NotificationCounts(0, 0, 0);

    public long total() {
        return pending + delivered + dead;
    }
}
