package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.JobResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Counts what each run did with its items, from the {@link JobResult} its last step recorded:
 * {@code cxone.batch.job.items} by {@code job} and {@code outcome} ({@code done}, {@code already_done},
 * {@code rejected}, {@code failed}). Spring Batch's own meters time runs and steps but count items only in
 * chunk-oriented steps, which these jobs do not use. Every job registers it. A run that recorded no result (it
 * failed or stopped first) counts nothing, so its restart, which records the whole run's result, counts each item once.
 */
public class RunMetrics implements JobExecutionListener {

    static final String ITEMS = "cxone.batch.job.items";

    private final MeterRegistry registry;

    public RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        JobResults.of(execution).ifPresent(result -> {
            count(job, "done", result.done());
            count(job, "already_done", result.alreadyDone());
            count(job, "rejected", result.rejected());
            count(job, "failed", result.failed());
        });
    }

    private void count(String job, String outcome, long items) {
        Counter.builder(ITEMS).description("items of the job's runs, by what became of them")
                .tag("job", job).tag("outcome", outcome).register(registry).increment(items);
    }
}
