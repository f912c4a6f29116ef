package io.cxonebatch.application.outbox;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.outbox.DeliverNotificationPort;
import io.cxonebatch.application.port.out.outbox.Delivery;
import io.cxonebatch.application.port.out.outbox.Notification;
import io.cxonebatch.application.port.out.outbox.OutboxPort;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Delivers the outbox's due notifications: claims a few (a lease, so relays in several processes share the work
 * without sending one twice at once), posts each, and records the outcome. Delivery is at least once: a relay that
 * dies after the receiver took a notification and before recording it leaves it to be sent again, under the same
 * {@code Idempotency-Key}. Delivered and DEAD notifications are audited; a failed attempt that will be retried is
 * logged, not audited.
 */
public final class OutboxRelay {

    static final String DELIVERED = "NOTIFICATION_DELIVERED";
    static final String DEAD = "NOTIFICATION_DEAD";
    private static final System.Logger log = System.getLogger(OutboxRelay.class.getName());

    private final OutboxPort outbox;
    private final DeliverNotificationPort delivery;
    private final AppendAuditEventsPort audit;
    private final RelayPolicy policy;
    private final Clock clock;

    public OutboxRelay(OutboxPort outbox, DeliverNotificationPort delivery, AppendAuditEventsPort audit, RelayPolicy policy,
            Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** Delivers up to {@code limit} due notifications; returns how many it attempted. */
    public int deliverDue(int limit) {
        List<Notification> claimed = outbox.claimDue(clock.instant(), policy.lease(), limit);
        for (Notification notification : claimed) {
            deliver(notification);
        }
        return claimed.size();
    }

    private void deliver(Notification notification) {
        Delivery outcome;
        try {
            outcome = delivery.deliver(notification);
        } catch (RuntimeException e) {
            // A notification that cannot even be sent (a destination that is no URL) would fail the same way forever.
            outcome = Delivery.failed(0, "could not be sent: " + e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        Instant now = clock.instant();
        if (outcome.isDelivered()) {
            // Settled only if the claim is still ours: a relay whose lease ran out neither settles nor audits.
            if (outbox.delivered(notification.id(), notification.attempts(), now, outcome.httpStatus())) {
                audit(notification, DELIVERED, AuditOutcome.SUCCESS, outcome.httpStatus(), null);
            }
            return;
        }
        String reason = (outcome.httpStatus() == 0 ? "no answer" : "HTTP " + outcome.httpStatus()) + ": " + outcome.failure();
        if (!outcome.retryable() || notification.attempts() >= policy.maxAttempts()) {
            String why = outcome.retryable() ? "gave up after " + notification.attempts() + " attempts; last: " + reason
                    : "the receiver refused it for good (" + reason + ")";
            if (outbox.dead(notification.id(), notification.attempts(), now, why)) {
                log.log(System.Logger.Level.WARNING, "Notification " + notification.id() + " (" + notification.topic() + ") is DEAD: " + why);
                audit(notification, DEAD, AuditOutcome.FAILED, outcome.httpStatus() == 0 ? null : outcome.httpStatus(), why);
            }
            return;
        }
        Duration wait = policy.backoffAfter(notification.attempts());
        Duration jitter = Duration.ofMillis(ThreadLocalRandom.current().nextLong(wait.toMillis() / 5 + 1));
        outbox.retryLater(notification.id(), notification.attempts(), now.plus(wait).plus(jitter), reason);
        log.log(System.Logger.Level.INFO, "Notification " + notification.id() + " attempt " + notification.attempts()
                + " failed (" + reason + "); next in " + wait.plus(jitter).toMillis() + " ms");
    }

    private void audit(Notification notification, String action, AuditOutcome outcome, @Nullable Integer httpStatus,
            @Nullable String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("notificationId", notification.id());
        details.put("topic", notification.topic());
        details.put("destination", origin(notification.destination()));
        details.put("attempts", notification.attempts());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.append(new AuditEvent(clock.instant(), notification.jobExecutionId(), null, action, notification.ref(), outcome,
                httpStatus, null, details));
    }

    /**
     * A destination's path, query or user info may carry a secret (webhook URLs often do): the audit keeps its scheme,
     * host and port only.
     */
    static String origin(URI destination) {
        return destination.getScheme() + "://" + destination.getHost() + (destination.getPort() < 0 ? "" : ":" + destination.getPort());
    }
}
