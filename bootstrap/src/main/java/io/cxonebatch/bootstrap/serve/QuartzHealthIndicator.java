package io.cxonebatch.bootstrap.serve;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Whether this node's Quartz scheduler runs, clustered, and takes its share of the triggers. */
final class QuartzHealthIndicator implements HealthIndicator {

    private final Scheduler scheduler;

    QuartzHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        try {
            SchedulerMetaData meta = scheduler.getMetaData();
            Health.Builder health = meta.isStarted() && !meta.isInStandbyMode() && !meta.isShutdown() ? Health.up()
                    : Health.down().withDetail("reason", meta.isShutdown() ? "shut down" : meta.isInStandbyMode() ? "in standby"
                            : "not started");
            return health.withDetail("instanceId", meta.getSchedulerInstanceId())
                    .withDetail("clustered", meta.isJobStoreClustered())
                    .withDetail("jobsExecuted", meta.getNumberOfJobsExecuted())
                    .build();
        } catch (SchedulerException e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}
