package io.cxonebatch.bootstrap.batch;

import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The listeners every job has, put on its builder in one place and in their order, so that no job can forget one: the
 * logging context first (every line of the run names it), then the job's own, then {@link RunOwner}, {@link RunAudit}
 * and {@link RunMetrics}.
 */
public final class RunListeners {

    private final RunLoggingContext loggingContext;
    private final RunOwner owner;
    private final RunAudit audit;
    private final RunMetrics metrics;

    RunListeners(RunLoggingContext loggingContext, RunOwner owner, RunAudit audit, RunMetrics metrics) {
        this.loggingContext = loggingContext;
        this.owner = owner;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** A builder for the job {@code name} with every run's listeners, {@code own} among them after the logging context. */
    public JobBuilder jobBuilder(String name, JobRepository repository, JobExecutionListener... own) {
        JobBuilder builder = new JobBuilder(name, repository).listener(loggingContext);
        for (JobExecutionListener listener : own) {
            builder = builder.listener(listener);
        }
        return builder.listener(owner).listener(audit).listener(metrics);
    }
}
