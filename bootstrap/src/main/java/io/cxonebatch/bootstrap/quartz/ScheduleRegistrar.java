package io.cxonebatch.bootstrap.quartz;

import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the scheduler's jobs match the configured schedules: each configured job gets one durable Quartz job
 * and one cron trigger (replaced if it changed); schedules no longer configured are removed. Several nodes may
 * do this at once: replacing is idempotent in the shared job store.
 */
public class ScheduleRegistrar {

    static final String GROUP = "cxone-batch";
    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;

    public ScheduleRegistrar(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void register(Map<String, CxoneBatchProperties.Schedule> schedules) throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        for (Map.Entry<String, CxoneBatchProperties.Schedule> entry : schedules.entrySet()) {
            String jobName = entry.getKey();
            CxoneBatchProperties.Schedule schedule = entry.getValue();
            JobKey key = JobKey.jobKey(jobName, GROUP);
            wanted.add(key);
            JobBuilder job = JobBuilder.newJob(LaunchBatchJob.class).withIdentity(key).storeDurably()
                    // A node that dies mid-run has the firing recovered by another node, which resumes the run.
                    .requestRecovery()
                    .usingJobData(LaunchBatchJob.JOB_NAME, jobName)
                    .withDescription("Starts the batch job " + jobName);
            if (schedule.parameters() != null) {
                schedule.parameters().forEach((name, value) -> job.usingJobData(LaunchBatchJob.PARAMETER_PREFIX + name, value));
            }
            JobDetail detail = job.build();
            // A firing missed while every node was down (or the job still ran) fires once when a node can, not once per miss.
            CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(schedule.cron())
                    .withMisfireHandlingInstructionFireAndProceed();
            if (schedule.zone() != null) {
                cron = cron.inTimeZone(TimeZone.getTimeZone(java.time.ZoneId.of(schedule.zone())));
            }
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(jobName, GROUP).forJob(detail).withSchedule(cron).build();
            scheduler.scheduleJob(detail, Set.of(trigger), true);
            log.info("Scheduled {} with cron '{}' in {}", jobName, schedule.cron(), schedule.zone() == null ? "the system zone" : schedule.zone());
        }
        for (JobKey existing : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(existing)) {
                scheduler.deleteJob(existing);
                log.info("Removed schedule {}: no longer configured", existing.getName());
            }
        }
    }
}
