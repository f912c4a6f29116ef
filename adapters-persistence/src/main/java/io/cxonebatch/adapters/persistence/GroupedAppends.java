package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Group commit for audit appends: batches that threads of this process append at the same time go into one
 * transaction, written by whichever of them came first while the others wait. The chain lets one transaction append
 * at a time, so each commit and each hand-over of its lock is paid once a group instead of once a batch.
 *
 * <p>Each caller keeps what {@code append} promises: its events stay together and in its order, and they are stored
 * all or none. When a group's transaction fails, each batch of it is written again on its own, so one caller's bad
 * event fails that caller only.
 */
final class GroupedAppends {

    private final Consumer<List<AuditEvent>> writeInOneTransaction;
    private final int maxRowsPerGroup;
    private final Object lock = new Object();
    private final ArrayDeque<Batch> waiting = new ArrayDeque<>();
    private boolean writing;

    /**
     * @param writeInOneTransaction stores the events in one transaction of its own, all or none
     * @param maxRowsPerGroup how many rows a group gathers at most; a larger batch still goes alone
     */
    GroupedAppends(Consumer<List<AuditEvent>> writeInOneTransaction, int maxRowsPerGroup) {
        this.writeInOneTransaction = writeInOneTransaction;
        this.maxRowsPerGroup = maxRowsPerGroup;
    }

    void append(List<AuditEvent> events) {
        Batch mine = new Batch(events);
        boolean interrupted = false;
        synchronized (lock) {
            waiting.add(mine);
        }
        while (true) {
            List<Batch> group;
            synchronized (lock) {
                while (writing && !mine.done) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // The batch may already be in a group being written: wait for its outcome all the same.
                        interrupted = true;
                    }
                }
                if (mine.done) {
                    break;
                }
                writing = true;
                group = takeGroup();
            }
            try {
                write(group);
            } finally {
                synchronized (lock) {
                    // Only an Error leaves a batch of the group unfinished; its caller must not wait for ever.
                    for (Batch batch : group) {
                        if (!batch.done) {
                            batch.failure = new IllegalStateException("the audit append was cut short by an error in another thread");
                            batch.done = true;
                        }
                    }
                    writing = false;
                    lock.notifyAll();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** How many batches wait for a transaction; for tests that arrange a group. */
    int waitingBatches() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /** The oldest waiting batches, up to the group's size; the first one always. */
    private List<Batch> takeGroup() {
        List<Batch> group = new ArrayList<>();
        int rows = 0;
        while (!waiting.isEmpty() && (group.isEmpty() || rows + waiting.peek().events.size() <= maxRowsPerGroup)) {
            Batch next = waiting.poll();
            group.add(next);
            rows += next.events.size();
        }
        return group;
    }

    private void write(List<Batch> group) {
        try {
            if (group.size() == 1) {
                writeInOneTransaction.accept(group.get(0).events);
            } else {
                List<AuditEvent> all = new ArrayList<>();
                group.forEach(batch -> all.addAll(batch.events));
                writeInOneTransaction.accept(all);
            }
            finish(group, null);
        } catch (RuntimeException groupFailure) {
            if (group.size() == 1) {
                finish(group, groupFailure);
                return;
            }
            for (Batch batch : group) {
                try {
                    writeInOneTransaction.accept(batch.events);
                    finish(List.of(batch), null);
                } catch (RuntimeException failure) {
                    finish(List.of(batch), failure);
                }
            }
        }
    }

    private void finish(List<Batch> batches, @Nullable RuntimeException failure) {
        synchronized (lock) {
            for (Batch batch : batches) {
                batch.failure = failure;
                batch.done = true;
            }
        }
    }

    private static final class Batch {

        final List<AuditEvent> events;
        boolean done;
        @Nullable RuntimeException failure;

        Batch(List<AuditEvent> events) {
            this.events = events;
        }
    }
}
