package io.cxonebatch.bootstrap.quartz;

import io.cxonebatch.bootstrap.batch.JobAlreadyRunningException;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * The only thing a Quartz trigger does: start one batch job through the {@link JobRunner}. In a cluster each firing
 * runs on exactly one node; a firing while the job still runs anywhere is refused and logged, not queued. A firing
 * whose node died is recovered by another node (Quartz's {@code requestsRecovery}), which resumes the run that firing
 * had started where it stopped.
 */
@DisallowConcurrentExecution
public class LaunchBatchJob implements Job {

    static final String JOB_NAME = "batchJobName";
    static final String PARAMETER_PREFIX = "param.";

    /**
     * How long a recovered firing waits for the dead node's run lock: at once after a kill, up to the sessions' TCP
     * keepalive (about 25 s) after a host vanished.
     */
    private static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(90);
    private static final Logger log = LoggerFactory.getLogger(LaunchBatchJob.class);

    private final JobRunner jobRunner;

    /** Spring's Quartz job factory creates each instance by its constructor, from the application's beans. */
    public LaunchBatchJob(JobRunner jobRunner) {
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
        String firing = firing(context);
        parameters.put(JobRunner.LAUNCHED_BY, firing);
        try {
            JobExecution execution = jobRunner.runFiring(jobName, parameters, context.isRecovering() ? RECOVERY_PATIENCE : Duration.ZERO);
            JobOutcome outcome = JobOutcome.of(execution);
            log.info("Scheduled run of {} ({}) ended: execution {} {} (rejected {}, failed {})", jobName, firing,
                    outcome.executionId(), outcome.status(), outcome.rejected(), outcome.failed());
        } catch (JobAlreadyRunningException e) {
            log.warn("Scheduled run of {} ({}) refused: {}", jobName, firing, e.getMessage());
        } catch (Exception e) {
            throw new JobExecutionException("Scheduled run of " + jobName + " could not start: " + e.getMessage(), e, false);
        }
    }

    /**
     * Names the firing, {@code quartz:<trigger>@<scheduled time>}: the same for the firing and for its recovery on
     * another node, which is how the recovery finds the run to resume.
     */
    static String firing(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        if (context.isRecovering() && data.containsKey(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME)) {
            long scheduled = Long.parseLong(data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS));
            return "quartz:" + data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME) + "@" + Instant.ofEpochMilli(scheduled);
        }
        Instant scheduled = (context.getScheduledFireTime() == null ? context.getFireTime() : context.getScheduledFireTime()).toInstant();
        return "quartz:" + context.getTrigger().getKey().getName() + "@" + scheduled;
    }
}
