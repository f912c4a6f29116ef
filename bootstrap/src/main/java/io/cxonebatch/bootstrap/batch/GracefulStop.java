package io.cxonebatch.bootstrap.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;

/**
 * What a SIGTERM (or any orderly close of the application) does to the job runs of this process: each is asked to
 * stop, as {@code stop <executionId>} would, so that the items in flight finish and the run ends STOPPED, restartable
 * where it stopped; the close waits for that, up to {@code grace}, before the database and the rest are shut down.
 * Stopped among the first of the application's parts, before the scheduler and the connections it needs.
 */
public final class GracefulStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final long POLL_MILLIS = 200;

    private final JobRepository repository;
    private final JobOperator operator;
    private final Set<String> jobNames;
    private final Duration grace;
    private volatile boolean running;

    public GracefulStop(JobRepository repository, JobOperator operator, Set<String> jobNames, Duration grace) {
        this.repository = repository;
        this.operator = operator;
        this.jobNames = Set.copyOf(jobNames);
        this.grace = grace;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        List<Long> stopping = new ArrayList<>();
        for (String job : jobNames) {
            for (JobExecution execution : repository.findRunningJobExecutions(job)) {
                if (RunOwner.current().equals(execution.getExecutionContext().getString(RunOwner.KEY, ""))) {
                    try {
                        operator.stop(execution);
                        stopping.add(execution.getId());
                        log.warn("Shutting down: asked {} execution {} to stop at its next boundary; restart it to go on",
                                job, execution.getId());
                    } catch (Exception e) {
                        log.warn("Shutting down: could not ask execution {} to stop: {}", execution.getId(), e.toString());
                    }
                }
            }
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (!stopping.isEmpty() && System.nanoTime() < deadline) {
            stopping.removeIf(id -> {
                JobExecution execution = repository.getJobExecution(id);
                return execution == null || !execution.isRunning();
            });
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!stopping.isEmpty()) {
            log.warn("Shutting down after {}: executions {} were still running; restart them", grace, stopping);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before everything else, the scheduler included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
