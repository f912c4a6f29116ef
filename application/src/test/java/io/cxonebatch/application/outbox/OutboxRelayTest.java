package io.cxonebatch.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.outbox.Delivery;
import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.application.port.out.outbox.Notification;
import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.application.port.out.outbox.NotificationStatus;
import io.cxonebatch.application.port.out.outbox.OutboxPort;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class OutboxRelayTest {

    private final MutableClock clock = MutableClock.of(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);
    private final OneNotification outbox = new OneNotification();
    private final Deque<Delivery> answers = new ArrayDeque<>();
    private final FakeAudit audit = new FakeAudit();
    private final OutboxRelay relay = new OutboxRelay(outbox, notification -> answers.removeFirst(), audit,
            new RelayPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(60)), clock);

    @Test
    void aDeliveredNotificationIsSettledAndAuditedWithoutTheDestinationsQuery() {
        answers.add(Delivery.delivered(204));

        assertThat(relay.deliverDue(10)).isEqualTo(1);

        assertThat(outbox.status).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(audit.detailsOf(OutboxRelay.DELIVERED, AuditOutcome.SUCCESS))
                .containsEntry("destination", "https://wfm.example.test").containsEntry("attempts", 1);
    }

    @Test
    void aFailureThatMayPassIsRetriedAfterADoublingBackoffAndEndsDeadAfterTheLastAttemptWithItsReason() {
        answers.add(Delivery.failed(503, "maintenance", true));
        answers.add(Delivery.failed(0, "connection refused", true));
        answers.add(Delivery.failed(503, "maintenance", true));

        relay.deliverDue(10);
        assertThat(outbox.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(Duration.between(clock.instant(), outbox.nextAttempt)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1_200));
        clock.add(Duration.ofSeconds(2));
        relay.deliverDue(10);
        assertThat(Duration.between(clock.instant(), outbox.nextAttempt)).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2_400));
        assertThat(outbox.lastError).isEqualTo("no answer: connection refused");
        clock.add(Duration.ofSeconds(3));
        relay.deliverDue(10);

        assertThat(outbox.status).isEqualTo(NotificationStatus.DEAD);
        assertThat(outbox.lastError).isEqualTo("gave up after 3 attempts; last: HTTP 503: maintenance");
        assertThat(audit.only(OutboxRelay.DEAD, AuditOutcome.FAILED).httpStatus()).isEqualTo(503);
    }

    @Test
    void aReceiverThatRefusesForGoodEndsItDeadAtOnce() {
        answers.add(Delivery.failed(410, "gone", false));

        relay.deliverDue(10);

        assertThat(outbox.status).isEqualTo(NotificationStatus.DEAD);
        assertThat(outbox.attempts).isEqualTo(1);
        assertThat(outbox.lastError).contains("refused it for good", "HTTP 410");
    }

    @Test
    void aRelayWhoseClaimWasTakenOverSettlesNothingAndAuditsNothing() {
        answers.add(Delivery.delivered(200));
        outbox.claimTakenOver = true;

        relay.deliverDue(10);

        assertThat(outbox.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(audit.events).isEmpty();
    }

    @Test
    void aNotificationThatCannotBeSentAtAllEndsDeadRatherThanBeRetriedForever() {
        OutboxRelay throwing = new OutboxRelay(outbox, notification -> {
            throw new IllegalArgumentException("URI with undefined scheme");
        }, audit, RelayPolicy.DEFAULT, clock);

        throwing.deliverDue(10);

        assertThat(outbox.status).isEqualTo(NotificationStatus.DEAD);
        assertThat(outbox.lastError).contains("could not be sent", "undefined scheme");
    }

    @Test
    void theBackoffIsCapped() {
        RelayPolicy policy = new RelayPolicy(20, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(60));

        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoffAfter(15)).isEqualTo(Duration.ofMinutes(5));
    }

    /** An outbox holding one notification, due when its next attempt is, claimed once at a time. */
    private final class OneNotification implements OutboxPort {
        NotificationStatus status = NotificationStatus.PENDING;
        int attempts;
        Instant nextAttempt = clock.instant();
        @Nullable String lastError;
        /** Another relay claimed it since: every settlement of this claim is refused, as the table refuses it. */
        boolean claimTakenOver;

        @Override
        public long enqueue(NewNotification notification) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Notification> claimDue(Instant now, Duration leaseFor, int limit) {
            if (status != NotificationStatus.PENDING || now.isBefore(nextAttempt)) {
                return List.of();
            }
            attempts++;
            return new ArrayList<>(List.of(new Notification(7, "agents.dispatched", URI.create("https://wfm.example.test/hooks?token=s3cret"),
                    "{}", 70L, "PREV-1", status, attempts, now, null, lastError)));
        }

        @Override
        public boolean delivered(long id, int attempt, Instant at, int httpStatus) {
            if (claimTakenOver || attempt != attempts) {
                return false;
            }
            status = NotificationStatus.DELIVERED;
            return true;
        }

        @Override
        public boolean retryLater(long id, int attempt, Instant nextAttemptAt, String error) {
            if (claimTakenOver || attempt != attempts) {
                return false;
            }
            nextAttempt = nextAttemptAt;
            lastError = error;
            return true;
        }

        @Override
        public boolean dead(long id, int attempt, Instant at, String reason) {
            if (claimTakenOver || attempt != attempts) {
                return false;
            }
            status = NotificationStatus.DEAD;
            lastError = reason;
            return true;
        }

        @Override
        public NotificationCounts counts(@Nullable Long jobExecutionId) {
            return NotificationCounts.NONE;
        }

        @Override
        public List<Notification> ofExecution(long jobExecutionId, int limit) {
            return List.of();
        }

        @Override
        public @Nullable Instant nextDue() {
            return nextAttempt;
        }
    }
}
