package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.application.port.out.outbox.Notification;
import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.application.port.out.outbox.NotificationStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link OutboxPersistenceAdapter}'s enqueue, claims, settlements and listings. A claim takes whatever is due in the
 * whole table, so every test starts from an empty outbox.
 */
@RealPostgres
class OutboxPersistenceAdapterIT {

    private static final String TOPIC = "agents.dispatched";
    private static final URI WFM = URI.create("https://wfm.example.test/hooks/agents?tenant=acme");
    private static final Map<String, Object> PAYLOAD = Map.of("campaign_id", "camp_7", "external_key", "preview-7",
            "agents", List.of("u-3", "u-1"), "accepted", 2, "rebalanced", true,
            "window", Map.of("start", "08:00", "end", "17:30"));
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final AtomicLong EXECUTIONS = new AtomicLong(5_000);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final OutboxPersistenceAdapter adapter;

    /** Later than the database's now() of every notification a test enqueues before it claims. */
    private Instant now;

    OutboxPersistenceAdapterIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new OutboxPersistenceAdapter(dataSource);
    }

    @BeforeEach
    void emptyTheOutbox() {
        jdbc.sql("DELETE FROM outbox_message").update();
    }

    @Test
    void deliversAClaimedNotificationOnceAndForAll() {
        long execution = EXECUTIONS.incrementAndGet();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = adapter.enqueue(new NewNotification(TOPIC, WFM, PAYLOAD, execution, "preview-7"));
        now = Instant.now().plusMillis(1).truncatedTo(ChronoUnit.MICROS);

        Notification written = single(adapter.ofExecution(execution, 10));
        assertThat(written.id()).isEqualTo(id);
        assertThat(written.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(written.attempts()).isZero();
        assertThat(written.createdAt()).isBetween(before, now);
        assertThat(written.settledAt()).isNull();
        assertThat(written.lastError()).isNull();
        assertThat(adapter.nextDue()).as("due at once").isBetween(before, now);

        List<Notification> claimed = adapter.claimDue(now, LEASE, 10);

        assertThat(claimed).singleElement().satisfies(notification -> {
            assertThat(notification.id()).isEqualTo(id);
            assertThat(notification.topic()).isEqualTo(TOPIC);
            assertThat(notification.destination()).isEqualTo(WFM);
            assertThat(readJson(notification.payloadJson())).as(notification.payloadJson()).isEqualTo(PAYLOAD);
            assertThat(notification.jobExecutionId()).isEqualTo(execution);
            assertThat(notification.ref()).isEqualTo("preview-7");
            assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(notification.attempts()).as("the claim counts the attempt").isEqualTo(1);
            assertThat(notification.createdAt()).isEqualTo(written.createdAt());
        });
        assertThat(leaseUntil(id)).isEqualTo(now.plus(LEASE));
        assertThat(adapter.claimDue(now, LEASE, 10)).as("held by the lease").isEmpty();

        Instant deliveredAt = now.plusMillis(250);
        adapter.delivered(id, attempts(id), deliveredAt, 204);

        Notification delivered = single(adapter.ofExecution(execution, 10));
        assertThat(delivered.status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(delivered.settledAt()).isEqualTo(deliveredAt);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.lastError()).isNull();
        assertThat(leaseUntil(id)).as("lease released").isNull();
        assertThat(column(id, "last_http_status", Integer.class)).isEqualTo(204);
        assertThat(adapter.claimDue(now.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
        assertThat(adapter.nextDue()).isNull();
        assertThat(adapter.counts(execution)).isEqualTo(new NotificationCounts(0, 1, 0));
    }

    @Test
    void attemptsAFailedNotificationAgainWhenItIsNextDueThenGivesUpOnIt() {
        long execution = EXECUTIONS.incrementAndGet();
        long id = enqueue(execution);
        now = later();
        adapter.claimDue(now, LEASE, 10);

        Instant nextAttempt = now.plusSeconds(60);
        adapter.retryLater(id, attempts(id), nextAttempt, "HTTP 503: maintenance window");

        assertThat(leaseUntil(id)).as("lease released").isNull();
        assertThat(single(adapter.ofExecution(execution, 10))).satisfies(notification -> {
            assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(notification.attempts()).isEqualTo(1);
            assertThat(notification.lastError()).isEqualTo("HTTP 503: maintenance window");
            assertThat(notification.settledAt()).isNull();
        });
        assertThat(adapter.nextDue()).isEqualTo(nextAttempt);
        assertThat(adapter.claimDue(nextAttempt.minusMillis(1), LEASE, 10)).as("not yet due").isEmpty();

        List<Notification> again = adapter.claimDue(nextAttempt, LEASE, 10);

        assertThat(again).singleElement().satisfies(notification -> {
            assertThat(notification.id()).isEqualTo(id);
            assertThat(notification.attempts()).isEqualTo(2);
            assertThat(notification.lastError()).isEqualTo("HTTP 503: maintenance window");
        });

        Instant gaveUp = nextAttempt.plusSeconds(1);
        adapter.dead(id, attempts(id), gaveUp, "HTTP 410: the receiver no longer takes agents.dispatched");

        assertThat(single(adapter.ofExecution(execution, 10))).satisfies(notification -> {
            assertThat(notification.status()).isEqualTo(NotificationStatus.DEAD);
            assertThat(notification.attempts()).isEqualTo(2);
            assertThat(notification.settledAt()).isEqualTo(gaveUp);
            assertThat(notification.lastError()).isEqualTo("HTTP 410: the receiver no longer takes agents.dispatched");
        });
        assertThat(leaseUntil(id)).isNull();
        assertThat(adapter.nextDue()).isNull();
        assertThat(adapter.counts(execution)).isEqualTo(new NotificationCounts(0, 0, 1));
    }

    @Test
    void letsALateRelayNeitherReviveNorDeliverANotificationGivenUpOn() {
        long execution = EXECUTIONS.incrementAndGet();
        long id = enqueue(execution);
        now = later();
        adapter.claimDue(now, LEASE, 1);
        adapter.dead(id, attempts(id), now, "answered 400: unknown campaign");
        Map<String, Object> dead = row(id);

        adapter.delivered(id, attempts(id), now.plusSeconds(5), 200);
        adapter.retryLater(id, attempts(id), now.plusSeconds(5), "timed out");
        adapter.dead(id, attempts(id), now.plusSeconds(5), "another reason");

        assertThat(row(id)).isEqualTo(dead).containsEntry("status", "DEAD").containsEntry("last_http_status", null)
                .containsEntry("last_error", "answered 400: unknown campaign");
        assertThat(adapter.claimDue(now.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
        assertThat(adapter.counts(execution)).isEqualTo(new NotificationCounts(0, 0, 1));
    }

    @Test
    void letsALateRelayNeitherDeliverAgainNorGiveUpOnADeliveredNotification() {
        long execution = EXECUTIONS.incrementAndGet();
        long id = enqueue(execution);
        now = later();
        adapter.claimDue(now, LEASE, 1);
        adapter.delivered(id, attempts(id), now, 200);
        Map<String, Object> delivered = row(id);

        adapter.delivered(id, attempts(id), now.plusSeconds(5), 202);
        adapter.retryLater(id, attempts(id), now.plusSeconds(5), "timed out");
        adapter.dead(id, attempts(id), now.plusSeconds(5), "gave up");

        assertThat(row(id)).isEqualTo(delivered).containsEntry("status", "DELIVERED").containsEntry("last_http_status", 200);
        assertThat(adapter.claimDue(now.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
    }

    @Test
    void letsAnotherRelayClaimANotificationWhoseLeaseRanOutAndCountsASecondAttempt() {
        long id = enqueue(EXECUTIONS.incrementAndGet());
        now = later();
        assertThat(adapter.claimDue(now, LEASE, 10)).extracting(Notification::attempts).containsExactly(1);

        assertThat(adapter.claimDue(now.plus(LEASE).minusMillis(1), LEASE, 10)).as("lease still live").isEmpty();
        assertThat(adapter.nextDue()).as("claimable again when the lease ends").isEqualTo(now.plus(LEASE));

        Instant expired = now.plus(LEASE);
        List<Notification> reclaimed = adapter.claimDue(expired, Duration.ofMinutes(2), 10);

        assertThat(reclaimed).singleElement().satisfies(notification -> {
            assertThat(notification.id()).isEqualTo(id);
            assertThat(notification.attempts()).isEqualTo(2);
        });
        assertThat(leaseUntil(id)).isEqualTo(expired.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aRelayWhoseLeaseRanOutCannotSettleTheClaimAnotherRelayHoldsNow() {
        long id = enqueue(EXECUTIONS.incrementAndGet());
        now = later();
        Notification first = single(adapter.claimDue(now, LEASE, 10));
        Notification second = single(adapter.claimDue(now.plus(LEASE), LEASE, 10));

        assertThat(adapter.retryLater(id, first.attempts(), now.plus(LEASE), "late answer")).isFalse();
        assertThat(adapter.dead(id, first.attempts(), now.plus(LEASE), "late give-up")).isFalse();
        assertThat(leaseUntil(id)).as("the second relay's lease stands").isEqualTo(now.plus(LEASE).plus(LEASE));
        assertThat(adapter.delivered(id, second.attempts(), now.plus(LEASE), 200)).isTrue();
        assertThat(row(id)).containsEntry("status", "DELIVERED");
    }

    @Test
    void claimsTheOldestDueNotificationsFirstUpToTheLimit() {
        long execution = EXECUTIONS.incrementAndGet();
        List<Long> ids = LongStream.range(0, 6).mapToObj(i -> enqueue(execution)).toList();
        long notYetDue = ids.get(2);
        jdbc.sql("UPDATE outbox_message SET next_attempt_at = now() + interval '1 hour' WHERE id = :id")
                .param("id", notYetDue).update();
        now = later();

        Duration outlastingTheHour = Duration.ofHours(2);
        List<Notification> first = adapter.claimDue(now, outlastingTheHour, 2);
        List<Notification> second = adapter.claimDue(now, outlastingTheHour, 2);
        List<Notification> third = adapter.claimDue(now, outlastingTheHour, 2);

        assertThat(first).extracting(Notification::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(second).extracting(Notification::id).as("past the one due later").containsExactly(ids.get(3), ids.get(4));
        assertThat(third).extracting(Notification::id).containsExactly(ids.get(5));
        assertThat(adapter.claimDue(now.plus(Duration.ofHours(1)), LEASE, 10)).extracting(Notification::id)
                .containsExactly(notYetDue);
    }

    @Test
    void neverHandsOneNotificationToTwoRelaysClaimingAtOnce() throws Exception {
        long execution = EXECUTIONS.incrementAndGet();
        int notifications = 400;
        jdbc.sql("""
                INSERT INTO outbox_message (topic, destination, payload, job_execution_id, ref)
                SELECT :topic, :destination, jsonb_build_object('n', n), :execution, 'ref-' || n
                FROM generate_series(1, :notifications) AS n""")
                .param("topic", TOPIC).param("destination", WFM.toString()).param("execution", execution)
                .param("notifications", notifications).update();
        now = later();
        int relays = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(relays);
        try {
            List<Future<List<Notification>>> claims = new ArrayList<>();
            for (int relay = 0; relay < relays; relay++) {
                claims.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Notification> mine = new ArrayList<>();
                    List<Notification> batch;
                    do {
                        batch = adapter.claimDue(now, Duration.ofMinutes(5), 7);
                        mine.addAll(batch);
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            start.countDown();

            List<Notification> claimed = new ArrayList<>();
            List<Integer> perRelay = new ArrayList<>();
            for (Future<List<Notification>> claim : claims) {
                List<Notification> mine = claim.get(60, TimeUnit.SECONDS);
                perRelay.add(mine.size());
                claimed.addAll(mine);
            }

            assertThat(claimed).extracting(Notification::id).doesNotHaveDuplicates().hasSize(notifications);
            assertThat(claimed).extracting(Notification::attempts).containsOnly(1);
            assertThat(perRelay).as("claims per relay").allSatisfy(count -> assertThat(count).isPositive());
            assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE attempts <> 1 OR lease_until IS NULL")
                    .query(Long.class).single()).isZero();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void claimsAroundTheNotificationsAnotherRelayHoldsUncommittedWithoutWaitingForIt() throws Exception {
        long execution = EXECUTIONS.incrementAndGet();
        List<Long> ids = LongStream.range(0, 10).mapToObj(i -> enqueue(execution)).toList();
        now = later();
        TransactionTemplate otherRelaysTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        CountDownLatch claimedByOther = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Future<List<Notification>> other = executor.submit(() -> otherRelaysTransaction.execute(status -> {
                List<Notification> claimed = adapter.claimDue(now, LEASE, 4);
                claimedByOther.countDown();
                try {
                    done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return claimed;
            }));
            assertThat(claimedByOther.await(30, TimeUnit.SECONDS)).isTrue();

            List<Notification> mine = executor.submit(() -> adapter.claimDue(now, LEASE, 10)).get(10, TimeUnit.SECONDS);
            done.countDown();

            assertThat(other.get(30, TimeUnit.SECONDS)).extracting(Notification::id).containsExactlyElementsOf(ids.subList(0, 4));
            assertThat(mine).extracting(Notification::id).containsExactlyElementsOf(ids.subList(4, 10));
            assertThat(adapter.claimDue(now, LEASE, 10)).as("both claims committed").isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE attempts = 1").query(Long.class).single())
                    .isEqualTo(10);
        } finally {
            done.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void enqueuesInTheCallersTransactionAndRollsBackWithIt() {
        long rolledBack = EXECUTIONS.incrementAndGet();
        long committed = EXECUTIONS.incrementAndGet();
        TransactionTemplate callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        callersTransaction.executeWithoutResult(status -> {
            enqueue(rolledBack);
            assertThat(adapter.counts(rolledBack).pending()).as("inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        callersTransaction.executeWithoutResult(status -> enqueue(committed));

        assertThat(adapter.counts(rolledBack)).isEqualTo(NotificationCounts.NONE);
        assertThat(adapter.counts(committed)).isEqualTo(new NotificationCounts(1, 0, 0));
    }

    @Test
    void refusesAPayloadTheDatabaseCannotHoldAndEnqueuesNothing() {
        long execution = EXECUTIONS.incrementAndGet();
        NewNotification withNul = new NewNotification(TOPIC, WFM, Map.of("agents", List.of("u-1\u0000")), execution, null);

        assertThatThrownBy(() -> adapter.enqueue(withNul)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(adapter.counts(execution).total()).isZero();
    }

    @Test
    void keepsAnErrorOrAReasonCappedAtTwoThousandCharactersWithoutCuttingOneInTwo() {
        long retried = enqueue(EXECUTIONS.incrementAndGet());
        long dead = enqueue(EXECUTIONS.incrementAndGet());
        long withNul = enqueue(EXECUTIONS.incrementAndGet());
        now = later();
        adapter.claimDue(now, LEASE, 10);
        // 2,001 characters, the last two outside the Basic Multilingual Plane (two chars each in Java).
        String body = "a".repeat(1_998) + "\uD83D\uDCDE\uD83D\uDCDE\uD83D\uDCDE";
        String huge = "HTTP 500: " + "stack trace line\n".repeat(10_000);

        adapter.retryLater(retried, attempts(retried), now, body);
        adapter.dead(dead, attempts(dead), now, huge);
        adapter.retryLater(withNul, attempts(withNul), now, "HTTP 502: body \u0000 truncated");

        assertThat(column(retried, "last_error", String.class))
                .isEqualTo("a".repeat(1_998) + "\uD83D\uDCDE…")
                .satisfies(error -> assertThat(error.codePointCount(0, error.length())).isEqualTo(2_000));
        assertThat(column(dead, "last_error", String.class)).startsWith("HTTP 500: stack trace line\n").endsWith("…")
                .satisfies(error -> assertThat(error.codePointCount(0, error.length())).isEqualTo(2_000));
        assertThat(column(withNul, "last_error", String.class)).isEqualTo("HTTP 502: body \uFFFD truncated");
        String exactlyTheLimit = "b".repeat(2_000);
        adapter.retryLater(retried, attempts(retried), now, exactlyTheLimit);
        assertThat(column(retried, "last_error", String.class)).isEqualTo(exactlyTheLimit);
    }

    @Test
    void countsEveryNotificationOrOneRunsByStatus() {
        long run = EXECUTIONS.incrementAndGet();
        long other = EXECUTIONS.incrementAndGet();
        long delivered = enqueue(run);
        long dead = enqueue(run);
        enqueue(run);
        enqueue(other);
        enqueue(other);
        adapter.enqueue(new NewNotification("outbox.test", WFM, Map.of(), null, null));
        now = later();
        adapter.claimDue(now, LEASE, 10);
        adapter.delivered(delivered, attempts(delivered), now, 200);
        adapter.dead(dead, attempts(dead), now, "gave up");

        assertThat(adapter.counts(run)).isEqualTo(new NotificationCounts(1, 1, 1));
        assertThat(adapter.counts(other)).isEqualTo(new NotificationCounts(2, 0, 0));
        assertThat(adapter.counts(null)).isEqualTo(new NotificationCounts(4, 1, 1));
        assertThat(adapter.counts(EXECUTIONS.incrementAndGet())).isEqualTo(NotificationCounts.NONE);
    }

    @Test
    void listsOneRunsNotificationsOldestFirstUpToTheLimit() {
        long run = EXECUTIONS.incrementAndGet();
        long first = enqueue(run);
        enqueue(EXECUTIONS.incrementAndGet());
        long second = enqueue(run);
        long third = enqueue(run);

        assertThat(adapter.ofExecution(run, 10)).extracting(Notification::id).containsExactly(first, second, third);
        assertThat(adapter.ofExecution(run, 2)).extracting(Notification::id).containsExactly(first, second);
        assertThat(adapter.ofExecution(EXECUTIONS.incrementAndGet(), 10)).isEmpty();
        assertThatThrownBy(() -> adapter.ofExecution(run, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsWhenTheEarliestPendingNotificationIsNextDue() {
        assertThat(adapter.nextDue()).as("none pending").isNull();
        long soon = enqueue(EXECUTIONS.incrementAndGet());
        long later = enqueue(EXECUTIONS.incrementAndGet());
        long delivered = enqueue(EXECUTIONS.incrementAndGet());
        now = later();
        adapter.claimDue(now, LEASE, 10);
        adapter.retryLater(soon, attempts(soon), now.plusSeconds(10), "busy");
        adapter.retryLater(later, attempts(later), now.plusSeconds(20), "busy");
        adapter.delivered(delivered, attempts(delivered), now, 200);

        assertThat(adapter.nextDue()).isEqualTo(now.plusSeconds(10));

        adapter.claimDue(now.plusSeconds(10), Duration.ofMinutes(1), 10);

        assertThat(adapter.nextDue()).as("the other one, while a lease holds the first").isEqualTo(now.plusSeconds(20));
    }

    @Test
    void refusesASettlementOrAClaimThatMakesNoSense() {
        assertThatThrownBy(() -> adapter.delivered(1, attempts(1), Instant.now(), 500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 500");
        assertThatThrownBy(() -> adapter.claimDue(Instant.now(), LEASE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit was 0");
        assertThatThrownBy(() -> adapter.claimDue(Instant.now(), Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    }

    @Test
    void settlesNothingForAnIdTheOutboxDoesNotHave() {
        long id = enqueue(EXECUTIONS.incrementAndGet());
        Map<String, Object> before = row(id);

        adapter.delivered(id + 1, attempts(id + 1), Instant.now(), 200);
        adapter.retryLater(id + 1, attempts(id + 1), Instant.now(), "busy");
        adapter.dead(id + 1, attempts(id + 1), Instant.now(), "gone");

        assertThat(row(id)).isEqualTo(before);
        assertThat(adapter.counts(null)).isEqualTo(new NotificationCounts(1, 0, 0));
    }

    @Test
    void claimsAndFindsTheNextDueThroughThePartialIndexOfPendingNotifications() {
        jdbc.sql("""
                INSERT INTO outbox_message (topic, destination, payload, status, settled_at, last_http_status)
                SELECT 'outbox.test', 'https://wfm.example.test/', '{}', 'DELIVERED', now(), 204
                FROM generate_series(1, 5000)""").update();
        LongStream.range(0, 5).forEach(i -> enqueue(EXECUTIONS.incrementAndGet()));
        jdbc.sql("ANALYZE outbox_message").update();

        String claim = plan(OutboxPersistenceAdapter.CLAIM, Map.of("now", OffsetDateTime.now(), "leaseUntil",
                OffsetDateTime.now().plusMinutes(1), "limit", 10));
        String nextDue = plan(OutboxPersistenceAdapter.NEXT_DUE, Map.of());

        assertThat(claim).contains("outbox_message_due_idx").doesNotContain("Seq Scan");
        assertThat(nextDue).contains("outbox_message_due_idx").doesNotContain("Sort");
    }

    private String plan(String sql, Map<String, Object> parameters) {
        return String.join("\n", jdbc.sql("EXPLAIN " + sql).params(parameters).query(String.class).list());
    }

    private long enqueue(long execution) {
        return adapter.enqueue(new NewNotification(TOPIC, WFM, PAYLOAD, execution, "preview-" + execution));
    }

    /** A moment after every notification enqueued so far was written. */
    private static Instant later() {
        return Instant.now().plusMillis(1).truncatedTo(ChronoUnit.MICROS);
    }

    private static Notification single(List<Notification> notifications) {
        assertThat(notifications).hasSize(1);
        return notifications.get(0);
    }

    /** The notification's attempts so far, which a settlement names (0 for an id no notification has). */
    private int attempts(long id) {
        return jdbc.sql("SELECT attempts FROM outbox_message WHERE id = :id").param("id", id).query(Integer.class).optional()
                .orElse(0);
    }

    private @Nullable Instant leaseUntil(long id) {
        OffsetDateTime lease = column(id, "lease_until", OffsetDateTime.class);
        return lease == null ? null : lease.toInstant();
    }

    private <T> @Nullable T column(long id, String column, Class<T> type) {
        List<T> values = jdbc.sql("SELECT " + column + " FROM outbox_message WHERE id = :id").param("id", id).query(type)
                .list();
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    /** What settling can change. */
    private Map<String, Object> row(long id) {
        return jdbc.sql("""
                SELECT status, attempts, next_attempt_at, lease_until, settled_at, last_error, last_http_status
                FROM outbox_message WHERE id = :id""").param("id", id).query().singleRow();
    }

    private static Map<String, Object> readJson(String json) {
        return JsonMapper.shared().readValue(json, new TypeReference<Map<String, Object>>() {
        });
    }
}
