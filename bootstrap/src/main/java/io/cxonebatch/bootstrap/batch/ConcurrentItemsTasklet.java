package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.OutageWatch;
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
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A step for jobs whose items each make CXone calls: keeps {@code concurrency} PENDING items in flight at all times,
 * each settled on its own (by {@code carryOut}) as soon as it ends. There is no chunk barrier: an item waiting out a
 * {@code Retry-After} or a backoff holds up only its own thread. An item CXone could not be reached for comes back
 * empty, stays PENDING and goes to the back of the queue; the {@link OutageWatch} decides meanwhile what may start,
 * and when to give up, with the rest still PENDING for {@code restart}.
 *
 * <p>Each call returns after about a second so that Spring Batch commits the counts and notices a stop request;
 * items in flight carry on across calls, and a stop (or a failure) waits for them before the step ends.
 *
 * <p>A step that gives up names the job's outage-budget setting (e.g. {@code cxone-batch.provisioning.outage-budget})
 * in its message, so that the operator knows what to raise.
 *
 * @param <T> the item; {@code carryOut} returns what it recorded for it, or empty when it was deferred
 */
public final class ConcurrentItemsTasklet<T> implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentItemsTasklet.class);
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long SHORTEST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ItemReader<T> reader;
    private final Function<T, Optional<?>> carryOut;
    private final CompletionService<Optional<?>> completions;
    private final int concurrency;
    private final OutageWatch outage;
    private final BooleanSupplier stopRequested;
    private final LongSupplier nanoClock;
    private final ProgressReporter progress;
    private final String outageBudgetSetting;
    private final Map<Future<Optional<?>>, T> inFlight = new HashMap<>();
    private final Deque<T> deferred = new ArrayDeque<>();
    private boolean readerExhausted;

    public ConcurrentItemsTasklet(ItemReader<T> reader, Function<T, Optional<?>> carryOut, Executor executor, int concurrency,
            OutageWatch outage, String outageBudgetSetting, BooleanSupplier stopRequested, LongSupplier nanoClock,
            ProgressReporter progress) {
        this.reader = reader;
        this.carryOut = carryOut;
        this.completions = new ExecutorCompletionService<>(executor);
        this.concurrency = concurrency;
        this.outage = outage;
        this.stopRequested = stopRequested;
        this.nanoClock = nanoClock;
        this.progress = progress;
        this.outageBudgetSetting = outageBudgetSetting;
    }

    /** While CXone is not answering, one item probes after 1 s, then after twice as long each time, up to 30 s. */
    public static final Duration OUTAGE_FIRST_PROBE = Duration.ofSeconds(1);
    public static final Duration OUTAGE_MAX_PROBE = Duration.ofSeconds(30);

    /**
     * The step as every job wires it: the standard outage probes within {@code outageBudget}, stop requests read from
     * the job repository, progress on standard output.
     *
     * @param outageBudgetSetting the property that sets {@code outageBudget}, named when the step gives up
     * @param total how many items the progress bar counts towards; 0 when unknown
     */
    public static <T> ConcurrentItemsTasklet<T> of(ItemReader<T> reader, Function<T, Optional<?>> carryOut, Executor executor,
            int concurrency, Duration outageBudget, String outageBudgetSetting, JobRepository jobRepository,
            StepExecution stepExecution, String progressLabel, long total) {
        return new ConcurrentItemsTasklet<>(reader, carryOut, executor, concurrency,
                new OutageWatch(outageBudget, OUTAGE_FIRST_PROBE, OUTAGE_MAX_PROBE, System::nanoTime), outageBudgetSetting,
                new StopRequests(jobRepository, stepExecution), System::nanoTime,
                ProgressReporter.onStandardOutput(progressLabel, total));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long windowEnd = nanoClock.getAsLong() + WINDOW_NANOS;
        try {
            while (true) {
                if (stopRequested.getAsBoolean()) {
                    // Let the items in flight finish and record themselves; the rest stay PENDING for a restart.
                    drain(contribution);
                    return RepeatStatus.CONTINUABLE;
                }
                startItems();
                if (inFlight.isEmpty() && deferred.isEmpty() && readerExhausted) {
                    return RepeatStatus.FINISHED;
                }
                if (outage.budgetSpent()) {
                    drain(contribution);
                    throw new CxoneOutageException("CXone did not answer for longer than the outage budget of " + outage.budget()
                            + " (" + outageBudgetSetting + "); the items not yet carried out are still PENDING:"
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

    private void startItems() throws Exception {
        while (inFlight.size() < outage.rowsAllowed(concurrency, inFlight.size())) {
            T item = deferred.isEmpty() ? nextFromReader() : deferred.poll();
            if (item == null) {
                return;
            }
            inFlight.put(completions.submit(() -> carryOut.apply(item)), item);
            outage.rowStarted();
        }
    }

    private @Nullable T nextFromReader() throws Exception {
        if (readerExhausted) {
            return null;
        }
        T item = reader.read();
        readerExhausted = item == null;
        return item;
    }

    private void awaitSome(StepContribution contribution, long timeoutNanos) throws InterruptedException, ExecutionException {
        Future<Optional<?>> done = completions.poll(Math.max(timeoutNanos, SHORTEST_WAIT_NANOS), TimeUnit.NANOSECONDS);
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

    private void settle(Future<Optional<?>> done, StepContribution contribution) throws InterruptedException, ExecutionException {
        T item = inFlight.remove(done);
        contribution.incrementReadCount();
        if (done.get().isPresent()) {
            contribution.incrementWriteCount(1);
            progress.advance(1);
            Duration lasted = outage.rowSucceeded();
            if (lasted != null) {
                log.info("CXone answers again after {} ms; the step resumes", lasted.toMillis());
            }
            return;
        }
        deferred.addLast(item);
        if (outage.rowDeferred()) {
            log.warn("CXone is not answering; {} items wait while one probes now and then, for up to {}",
                    deferred.size() + inFlight.size(), outage.budget());
        }
    }
}
