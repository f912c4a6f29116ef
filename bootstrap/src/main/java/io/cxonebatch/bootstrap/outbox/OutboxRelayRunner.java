package io.cxonebatch.bootstrap.outbox;

import io.cxonebatch.application.outbox.OutboxRelay;
import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.application.port.out.outbox.OutboxPort;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the outbox on one background thread while the process runs, delivering what is due: a job never waits for
 * a receiver. Started by the commands that run jobs; every such process delivers whatever any process left pending,
 * so notifications written before a crash go out once any process is back.
 */
public final class OutboxRelayRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);
    private static final long POLL_MILLIS = 500;
    /**
     * One notification a claim: a claim's lease must outlast its deliveries, and one delivery may take the HTTP
     * client's connect and request timeouts (twenty seconds), a third of the default lease.
     */
    private static final int CLAIM = 1;

    private final OutboxRelay relay;
    private final OutboxPort outbox;
    private ScheduledExecutorService poller;

    public OutboxRelayRunner(OutboxRelay relay, OutboxPort outbox) {
        this.relay = relay;
        this.outbox = outbox;
    }

    public synchronized void start() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::deliverDue, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void deliverDue() {
        try {
            while (relay.deliverDue(CLAIM) == CLAIM) {
                // A full claim means more may be due: keep going before sleeping.
            }
        } catch (RuntimeException e) {
            log.warn("The outbox relay could not deliver this time; it tries again shortly: {}", e.toString());
        }
    }

    /**
     * Waits up to {@code timeout} for the notifications of these executions (a run, and the executions a restart
     * resumed) to leave PENDING; what is still pending then stays for the next process to deliver.
     *
     * @return their counts when the wait ended
     */
    public NotificationCounts drain(Collection<Long> jobExecutionIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        NotificationCounts counts = counts(jobExecutionIds);
        while (counts.pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS / 2);
            counts = counts(jobExecutionIds);
        }
        return counts;
    }

    public NotificationCounts drain(long jobExecutionId, Duration timeout) throws InterruptedException {
        return drain(List.of(jobExecutionId), timeout);
    }

    private NotificationCounts counts(Collection<Long> jobExecutionIds) {
        long pending = 0;
        long delivered = 0;
        long dead = 0;
        for (long id : jobExecutionIds) {
            NotificationCounts counts = outbox.counts(id);
            pending += counts.pending();
            delivered += counts.delivered();
            dead += counts.dead();
        }
        return new NotificationCounts(pending, delivered, dead);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }
}
