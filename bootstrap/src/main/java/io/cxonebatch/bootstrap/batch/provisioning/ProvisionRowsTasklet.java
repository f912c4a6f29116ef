package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.bootstrap.batch.ProgressReporter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executor;
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
 * thread, never the rows around it.
 *
 * <p>A row CXone could not be reached for comes back PENDING and goes to the back of the queue. From then until a
 * row succeeds again the step is in an outage: it starts no new rows, and lets one row through as a probe after a
 * pause that doubles from {@code firstProbeDelay} up to {@code maxProbeDelay} (by which time the client's circuit
 * breaker has half-opened). An outage longer than {@code outageBudget} stops the step as FAILED with the rows not
 * yet carried out still PENDING, for {@code restart}; a real outage never turns rows into FAILED.
 *
 * <p>Each call returns after about a second so that Spring Batch commits the counts and notices a stop request;
 * rows in flight carry on across calls, and a stop (or a failure) waits for them before the step ends.
 */
final class ProvisionRowsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ProvisionRowsTasklet.class);
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final PendingPlanRowReader reader;
    private final PlanRowProvisioner provisioner;
    private final CompletionService<Optional<PlanRowResult>> completions;
    private final int concurrency;
    private final OutagePolicy outage;
    private final BooleanSupplier stopRequested;
    private final LongSupplier nanoClock;
    private final Map<Future<Optional<PlanRowResult>>, PlanRow> inFlight = new HashMap<>();
    private final Deque<PlanRow> deferred = new ArrayDeque<>();
    private @Nullable ProgressReporter progress;
    private boolean readerExhausted;
    private long outageSince = -1;
    private long nextProbeAt;
    private Duration probeDelay;

    /** How long the step rides out CXone not answering, and how it probes meanwhile. */
    record OutagePolicy(Duration budget, Duration firstProbeDelay, Duration maxProbeDelay) {
    }

    ProvisionRowsTasklet(PendingPlanRowReader reader, PlanRowProvisioner provisioner, Executor executor, int concurrency,
            OutagePolicy outage, BooleanSupplier stopRequested, LongSupplier nanoClock) {
        this.reader = reader;
        this.provisioner = provisioner;
        this.completions = new ExecutorCompletionService<>(executor);
        this.concurrency = concurrency;
        this.outage = outage;
        this.stopRequested = stopRequested;
        this.nanoClock = nanoClock;
        this.probeDelay = outage.firstProbeDelay();
    }

    void reportProgressTo(ProgressReporter reporter) {
        this.progress = reporter;
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
                failIfOutageTooLong(contribution);
                long now = nanoClock.getAsLong();
                if (now >= windowEnd) {
                    return RepeatStatus.CONTINUABLE;
                }
                awaitOne(contribution, Math.min(windowEnd - now, untilProbe(now)));
            }
        } catch (Exception | Error e) {
            drain(contribution);
            throw e;
        }
    }

    private void startRows() {
        while (inFlight.size() < allowedInFlight()) {
            PlanRow row = deferred.isEmpty() ? nextFromReader() : deferred.poll();
            if (row == null) {
                return;
            }
            inFlight.put(completions.submit(() -> provisioner.provision(row)), row);
            if (inOutage()) {
                // That row is the probe; the next waits for its own turn.
                nextProbeAt = nanoClock.getAsLong() + probeDelay.toNanos();
                probeDelay = min(probeDelay.multipliedBy(2), outage.maxProbeDelay());
            }
        }
    }

    private int allowedInFlight() {
        if (!inOutage()) {
            return concurrency;
        }
        return inFlight.isEmpty() && nanoClock.getAsLong() >= nextProbeAt ? 1 : 0;
    }

    private @Nullable PlanRow nextFromReader() {
        if (readerExhausted) {
            return null;
        }
        PlanRow row = reader.read();
        readerExhausted = row == null;
        return row;
    }

    private void awaitOne(StepContribution contribution, long timeoutNanos) throws InterruptedException, ExecutionException {
        Future<Optional<PlanRowResult>> done = completions.poll(Math.max(timeoutNanos, TimeUnit.MILLISECONDS.toNanos(10)), TimeUnit.NANOSECONDS);
        while (done != null) {
            settle(done, contribution);
            done = completions.poll();
        }
    }

    private void settle(Future<Optional<PlanRowResult>> done, StepContribution contribution) throws InterruptedException, ExecutionException {
        PlanRow row = inFlight.remove(done);
        contribution.incrementReadCount();
        if (done.get().isPresent()) {
            contribution.incrementWriteCount(1);
            endOutage();
            if (progress != null) {
                progress.advance(1);
            }
            return;
        }
        deferred.addLast(row);
        startOutage();
    }

    private void drain(StepContribution contribution) throws InterruptedException, ExecutionException {
        while (!inFlight.isEmpty()) {
            settle(completions.take(), contribution);
        }
    }

    private boolean inOutage() {
        return outageSince >= 0;
    }

    private void startOutage() {
        if (!inOutage()) {
            outageSince = nanoClock.getAsLong();
            probeDelay = outage.firstProbeDelay();
            nextProbeAt = outageSince + probeDelay.toNanos();
            log.warn("CXone is not answering; {} rows wait while one row probes now and then, for up to {}",
                    deferred.size() + inFlight.size(), outage.budget());
        }
    }

    private void endOutage() {
        if (inOutage()) {
            log.info("CXone answers again after {} ms; provisioning resumes", TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - outageSince));
            outageSince = -1;
        }
    }

    private long untilProbe(long now) {
        return inOutage() && inFlight.isEmpty() ? Math.max(0, nextProbeAt - now) : Long.MAX_VALUE;
    }

    private void failIfOutageTooLong(StepContribution contribution) throws InterruptedException, ExecutionException {
        if (inOutage() && nanoClock.getAsLong() - outageSince > outage.budget().toNanos()) {
            drain(contribution);
            throw new CxoneOutageException("CXone did not answer for longer than the outage budget of " + outage.budget()
                    + " (cxone-batch.provisioning.outage-budget); the rows not yet carried out are still PENDING: restart"
                    + " the execution once CXone answers again");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
