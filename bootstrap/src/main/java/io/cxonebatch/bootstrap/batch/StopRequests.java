package io.cxonebatch.bootstrap.batch;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Whether someone asked the running execution to stop, from this process or another (the {@code stop} command
 * marks it STOPPING in the job repository). Reads the repository at most twice a second.
 */
public final class StopRequests implements BooleanSupplier {

    private static final long CHECK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final JobRepository repository;
    private final StepExecution step;
    private long lastCheck = System.nanoTime();
    private boolean requested;

    public StopRequests(JobRepository repository, StepExecution step) {
        this.repository = repository;
        this.step = step;
    }

    @Override
    public boolean getAsBoolean() {
        if (requested || step.isTerminateOnly()) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastCheck >= CHECK_EVERY_NANOS) {
            lastCheck = now;
            JobExecution latest = repository.getJobExecution(step.getJobExecutionId());
            requested = latest != null && (latest.getStatus() == BatchStatus.STOPPING || latest.getStatus() == BatchStatus.STOPPED);
        }
        return requested;
    }
}
