package io.cxonebatch.application.port.out.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outbox's table. Safe to use from several threads and several processes at once: a claim is a lease, so that
 * two relays never attempt the same notification at the same time, and a relay that dies leaves its claims to
 * others once their lease has run out.
 */
public interface OutboxPort {

    /** Writes a PENDING notification, due at once; joins the caller's transaction when there is one. */
    long enqueue(NewNotification notification);

    /**
     * Claims up to {@code limit} PENDING notifications whose next attempt is due at {@code now} and that no live lease
     * holds, oldest first, counting one attempt each, and leases them until {@code now + leaseFor}.
     */
    List<Notification> claimDue(Instant now, Duration leaseFor, int limit);

    /**
     * The receiver took it: DELIVERED, lease released. Like the two below, it settles only the claim it names: a
     * PENDING notification still at {@code attempt} attempts (a relay whose lease ran out, and whose notification
     * another relay has claimed since, changes nothing).
     *
     * @return whether the claim was still this relay's and is now settled
     */
    boolean delivered(long id, int attempt, Instant at, int httpStatus);

    /** The attempt failed: still PENDING, next due at {@code nextAttemptAt}, lease released. */
    boolean retryLater(long id, int attempt, Instant nextAttemptAt, String error);

    /** Given up on: DEAD with the reason, lease released. */
    boolean dead(long id, int attempt, Instant at, String reason);

    /** Counts of one run's notifications, or of all when {@code jobExecutionId} is null. */
    NotificationCounts counts(@Nullable Long jobExecutionId);

    /** One run's notifications, oldest first, up to {@code limit}. */
    List<Notification> ofExecution(long jobExecutionId, int limit);

    /** When the earliest PENDING notification is next due, or null when none is pending. */
    @Nullable Instant nextDue();
}
