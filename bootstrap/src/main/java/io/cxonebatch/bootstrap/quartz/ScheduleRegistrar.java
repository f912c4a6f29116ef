package io.cxonebatch.bootstrap.quartz;

import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the scheduler's jobs match the configured schedules: each configured job gets one durable Quartz job
 * and one cron trigger (replaced only if it changed); schedules no longer configured are removed. Several nodes do
 * this at start-up on the shared job store; an unchanged schedule is left as it is.
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
            CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(jobName, GROUP).forJob(detail).withSchedule(cron).build();
            if (isRegistered(detail, trigger)) {
                log.info("Schedule of {} unchanged: cron '{}' in {}", jobName, schedule.cron(), trigger.getTimeZone().getID());
                continue;
            }
            try {
                // Not replaced when absent: a node starting at the same moment may have just added it.
                scheduler.scheduleJob(detail, Set.of(trigger), scheduler.checkExists(key));
            } catch (ObjectAlreadyExistsException e) {
                if (isRegistered(detail, trigger)) {
                    continue;
                }
                scheduler.scheduleJob(detail, Set.of(trigger), true);
            }
            log.info("Scheduled {} with cron '{}' in {}", jobName, schedule.cron(), trigger.getTimeZone().getID());
        }
        removeUnwanted(wanted);
    }

    private void removeUnwanted(Set<JobKey> wanted) throws SchedulerException {
        for (JobKey existing : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(existing)) {
                scheduler.deleteJob(existing);
                log.info("Removed schedule {}: no longer configured", existing.getName());
            }
        }
    }

    /**
     * Whether the job store already holds this schedule as configured. A trigger replaced by an equal one would be
     * fired again for its current second (a cron trigger's first firing may lie up to a second before its start), so
     * every node starting up would fire it once more.
     */
    private boolean isRegistered(JobDetail detail, CronTrigger wanted) throws SchedulerException {
        JobDetail existing = scheduler.getJobDetail(detail.getKey());
        Trigger trigger = scheduler.getTrigger(wanted.getKey());
        return existing != null && trigger instanceof CronTrigger cron
                && existing.getJobClass().equals(detail.getJobClass())
                && existing.requestsRecovery() == detail.requestsRecovery()
                && existing.getJobDataMap().getWrappedMap().equals(detail.getJobDataMap().getWrappedMap())
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }
}
