package io.cxonebatch.bootstrap.quartz;

import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * The only thing a Quartz trigger does: start one batch job through the {@link JobRunner}. Concurrent runs of
 * one schedule are refused, and in a cluster each firing runs on exactly one node.
 */
@DisallowConcurrentExecution
public class LaunchBatchJob implements Job {

    static final String JOB_NAME = "batchJobName";
    static final String PARAMETER_PREFIX = "param.";

    private static final Logger log = LoggerFactory.getLogger(LaunchBatchJob.class);

    private JobRunner jobRunner;

    /** Injected by Spring Boot's Quartz job factory. */
    public void setJobRunner(JobRunner jobRunner) {
        this.jobRunner = jobRunner;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        String jobName = data.getString(JOB_NAME);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String key : data.getKeys()) {
            if (key.startsWith(PARAMETER_PREFIX)) {
                parameters.put(key.substring(PARAMETER_PREFIX.length()), data.getString(key));
            }
        }
        try {
            JobExecution execution = jobRunner.start(jobName, parameters);
            JobOutcome outcome = JobOutcome.of(execution);
            log.info("Scheduled run of {} ended: execution {} {} (rejected {}, failed {})", jobName, outcome.executionId(),
                    outcome.status(), outcome.rejected(), outcome.failed());
        } catch (Exception e) {
            throw new JobExecutionException("Scheduled run of " + jobName + " could not start: " + e.getMessage(), e, false);
        }
    }
}
