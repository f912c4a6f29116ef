package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.adapters.persistence.RunLocks.RunLock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * A run started on another thread for a caller that must answer before it ends (the admin API): the caller gets the
 * execution as soon as Spring Batch has created it, which {@link RunOwner} announces from the run's own thread.
 */
final class BackgroundRun {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRun.class);
    /** The run being started on this thread, told of its execution as soon as Spring Batch has created it. */
    private static final ThreadLocal<CompletableFuture<JobExecution>> STARTING = new ThreadLocal<>();

    private BackgroundRun() {
    }

    /**
     * Runs {@code run} on {@code executor} under {@code lock}, which it releases when the run ends; returns the
     * execution as soon as Spring Batch has created it, or throws what refused the run before then.
     */
    static JobExecution start(Executor executor, RunLock lock, Callable<JobExecution> run) throws Exception {
        String jobName = lock.jobName();
        CompletableFuture<JobExecution> created = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                STARTING.set(created);
                try (lock) {
                    // A job without RunOwner never announces its execution: it is known, at the latest, once it ends.
                    created.complete(run.call());
                } catch (Exception | Error e) {
                    if (!created.completeExceptionally(e)) {
                        log.error("Run of {} failed: {}", jobName, e.getMessage(), e);
                    }
                } finally {
                    STARTING.remove();
                }
            });
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            return created.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Called by {@link RunOwner} when an execution has been created on this thread. */
    static void announce(JobExecution execution) {
        CompletableFuture<JobExecution> waiting = STARTING.get();
        if (waiting != null) {
            waiting.complete(execution);
        }
    }
}
