package io.cxonebatch.bootstrap.batch;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Puts the run into the logging context (MDC) of the thread that runs it, from its first listener to its last, so
 * that every line the run logs names its job and execution: as fields of their own in the JSON logs
 * ({@code cxone-batch.log-format=json}). Every job registers it, before {@link RunOwner}. The threads of a concurrent
 * step inherit it ({@link ItemExecutors}); {@link #forCampaign} adds the campaign an item is about.
 */
public class RunLoggingContext implements JobExecutionListener {

    public static final String JOB_NAME = "jobName";
    public static final String JOB_EXECUTION_ID = "jobExecutionId";
    public static final String CAMPAIGN = "campaign";

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(JOB_NAME, execution.getJobInstance().getJobName());
        MDC.put(JOB_EXECUTION_ID, Long.toString(execution.getId()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        MDC.remove(JOB_NAME);
        MDC.remove(JOB_EXECUTION_ID);
    }

    /**
     * {@code work}, with the campaign of its item (its external key) in the logging context while it runs.
     *
     * @param campaignOf the item's campaign; null leaves the context as it is
     */
    public static <T, R> Function<T, R> forCampaign(Function<T, @Nullable String> campaignOf, Function<T, R> work) {
        return item -> {
            String campaign = campaignOf.apply(item);
            if (campaign == null) {
                return work.apply(item);
            }
            try (MDC.MDCCloseable ignored = MDC.putCloseable(CAMPAIGN, campaign)) {
                return work.apply(item);
            }
        };
    }
}
