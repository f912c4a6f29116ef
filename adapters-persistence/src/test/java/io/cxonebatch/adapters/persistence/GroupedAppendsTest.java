package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GroupedAppendsTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);

    @AfterEach
    void stopPool() {
        firstWriteMayEnd.countDown();
        pool.shutdownNow();
    }

    @Test
    void writesTheBatchesThatArriveWhileATransactionIsOpenInOneTransactionEachInItsOrder() throws Exception {
        GroupedAppends appends = new GroupedAppends(this::recordAndHoldTheFirst, 1_000);

        Future<?> first = pool.submit(() -> appends.append(batch("a", 2)));
        awaitTransactions(1);
        List<Future<?>> others = List.of(pool.submit(() -> appends.append(batch("b", 3))), pool.submit(() -> appends.append(batch("c", 1))));
        awaitQueued(appends, others);
        firstWriteMayEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }

        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(0)).containsExactly("a0", "a1");
        assertThat(transactions.get(1)).isIn(List.of("b0", "b1", "b2", "c0"), List.of("c0", "b0", "b1", "b2"));
    }

    @Test
    void writesEachBatchAloneWhenTheirGroupFailsSoThatOnlyTheBadOneFails() throws Exception {
        GroupedAppends appends = new GroupedAppends(events -> {
            recordAndHoldTheFirst(events);
            if (events.stream().anyMatch(event -> event.action().startsWith("bad"))) {
                throw new IllegalArgumentException("cannot store " + names(events));
            }
        }, 1_000);

        Future<?> first = pool.submit(() -> appends.append(batch("a", 1)));
        awaitTransactions(1);
        Future<?> good = pool.submit(() -> appends.append(batch("good", 2)));
        Future<?> bad = pool.submit(() -> appends.append(batch("bad", 2)));
        awaitQueued(appends, List.of(good, bad));
        firstWriteMayEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        good.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad0");
        assertThat(transactions).hasSize(4);
        assertThat(transactions.get(1)).hasSize(4);
        assertThat(transactions.subList(2, 4)).containsExactlyInAnyOrder(List.of("good0", "good1"), List.of("bad0", "bad1"));
    }

    @Test
    void neverGathersMoreRowsThanTheGroupHoldsButLetsALargerBatchGoAlone() throws Exception {
        GroupedAppends appends = new GroupedAppends(this::recordAndHoldTheFirst, 3);

        Future<?> first = pool.submit(() -> appends.append(batch("a", 5)));
        awaitTransactions(1);
        List<Future<?>> others = List.of(pool.submit(() -> appends.append(batch("b", 2))), pool.submit(() -> appends.append(batch("c", 2))));
        awaitQueued(appends, others);
        firstWriteMayEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }

        assertThat(transactions).extracting(List::size).containsExactly(5, 2, 2);
    }

    private void recordAndHoldTheFirst(List<AuditEvent> events) {
        transactions.add(names(events));
        if (transactions.size() == 1) {
            try {
                firstWriteMayEnd.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitTransactions(int count) throws InterruptedException {
        while (transactions.size() < count) {
            Thread.sleep(5);
        }
    }

    /** Until the callers' batches wait behind the held transaction. */
    private static void awaitQueued(GroupedAppends appends, List<Future<?>> callers) throws InterruptedException {
        while (appends.waitingBatches() < callers.size()) {
            Thread.sleep(5);
        }
        assertThat(callers).noneMatch(Future::isDone);
    }

    private static List<AuditEvent> batch(String prefix, int size) {
        return IntStream.range(0, size).mapToObj(i -> AuditEvents.numbered(prefix, i))
                .map(event -> new AuditEvent(event.occurredAt(), event.jobExecutionId(), event.jobName(), prefix + i(event),
                        event.campaignRef(), event.outcome(), event.httpStatus(), event.latencyMillis(), event.details()))
                .toList();
    }

    private static String i(AuditEvent event) {
        return String.valueOf(event.details().get("sequence"));
    }

    private static List<String> names(List<AuditEvent> events) {
        List<String> names = new ArrayList<>();
        events.forEach(event -> names.add(event.action()));
        return names;
    }
}
