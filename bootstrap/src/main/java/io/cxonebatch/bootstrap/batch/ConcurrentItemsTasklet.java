package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.service.OutageWatch;
import io.cxonebatch.bootstrap.batch.ProgressReporter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 5: keeps {@code concurrency} PENDING rows in flight at all times, each settled on its own as soon as it
 * ends. There is no chunk barrier: a row waiting out a {@code Retry-After} or a backoff holds up only its own
 * thread. A row CXone could not be reached for comes back PENDING and goes to the back of the queue; the
 * {@link OutageWatch} decides meanwhile what may start, and when to give up, with the rest still PENDING for
 * {@code restart}.
 *
 * <p>Each call returns after about a second so that Spring Batch commits the counts and notices a stop request;
 * rows in flight carry on across calls, and a stop (or a failure) waits for them before the step ends.
 */
final class ProvisionRowsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ProvisionRowsTasklet.class);
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long SHORTEST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final PendingPlanRowReader reader;
    private final PlanRowProvisioner provisioner;
    private final CompletionService<Optional<PlanRowResult>> completions;
    private final int concurrency;
    private final OutageWatch outage;
    private final BooleanSupplier stopRequested;
    private final LongSupplier nanoClock;
    private final ProgressReporter progress;
    private final Map<Future<Optional<PlanRowResult>>, PlanRow> inFlight = new HashMap<>();
    private final Deque<PlanRow> deferred = new ArrayDeque<>();
    private boolean readerExhausted;

    ProvisionRowsTasklet(PendingPlanRowReader reader, PlanRowProvisioner provisioner, Executor executor, int concurrency,
            OutageWatch outage, BooleanSupplier stopRequested, LongSupplier nanoClock, ProgressReporter progress) {
        this.reader = reader;
        this.provisioner = provisioner;
        this.completions = new ExecutorCompletionService<>(executor);
        this.concurrency = concurrency;
        this.outage = outage;
        this.stopRequested = stopRequested;
        this.nanoClock = nanoClock;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long windowEnd = nanoClock.getAsLong() + WINDOW_NANOS;
        try {
            while (true) {
                if (stopRequested.getAsBoolean()) {
                    // Let the rows in flight finish and record themselves; the rest stay PENDING for a restart.
                    drain(contribution);
                    return RepeatStatus.CONTINUABLE;
                }
                startRows();
                if (inFlight.isEmpty() && deferred.isEmpty() && readerExhausted) {
                    return RepeatStatus.FINISHED;
                }
                if (outage.budgetSpent()) {
                    drain(contribution);
                    throw new CxoneOutageException("CXone did not answer for longer than the outage budget of " + outage.budget()
                            + " (cxone-batch.provisioning.outage-budget); the rows not yet carried out are still PENDING:"
                            + " restart the execution once CXone answers again");
                }
                long now = nanoClock.getAsLong();
                if (now >= windowEnd) {
                    return RepeatStatus.CONTINUABLE;
                }
                awaitSome(contribution, Math.min(windowEnd - now, outage.nanosUntilProbe(inFlight.size())));
            }
        } catch (Exception | Error e) {
            drain(contribution);
            throw e;
        }
    }

    private void startRows() {
        while (inFlight.size() < outage.rowsAllowed(concurrency, inFlight.size())) {
            PlanRow row = deferred.isEmpty() ? nextFromReader() : deferred.poll();
            if (row == null) {
                return;
            }
            inFlight.put(completions.submit(() -> provisioner.provision(row)), row);
            outage.rowStarted();
        }
    }

    private @Nullable PlanRow nextFromReader() {
        if (readerExhausted) {
            return null;
        }
        PlanRow row = reader.read();
        readerExhausted = row == null;
        return row;
    }

    private void awaitSome(StepContribution contribution, long timeoutNanos) throws InterruptedException, ExecutionException {
        Future<Optional<PlanRowResult>> done = completions.poll(Math.max(timeoutNanos, SHORTEST_WAIT_NANOS), TimeUnit.NANOSECONDS);
        while (done != null) {
            settle(done, contribution);
            done = completions.poll();
        }
    }

    private void drain(StepContribution contribution) throws InterruptedException, ExecutionException {
        while (!inFlight.isEmpty()) {
            settle(completions.take(), contribution);
        }
    }

    private void settle(Future<Optional<PlanRowResult>> done, StepContribution contribution) throws InterruptedException, ExecutionException {
        PlanRow row = inFlight.remove(done);
        contribution.incrementReadCount();
        if (done.get().isPresent()) {
            contribution.incrementWriteCount(1);
            progress.advance(1);
            Duration lasted = outage.rowSucceeded();
            if (lasted != null) {
                log.info("CXone answers again after {} ms; provisioning resumes", lasted.toMillis());
            }
            return;
        }
        deferred.addLast(row);
        if (outage.rowDeferred()) {
            log.warn("CXone is not answering; {} rows wait while one row probes now and then, for up to {}",
                    deferred.size() + inFlight.size(), outage.budget());
        }
    }
}
