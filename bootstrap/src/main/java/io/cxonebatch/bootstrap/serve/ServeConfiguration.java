package io.cxonebatch.bootstrap.serve;

import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.bootstrap.jmx.JobOperations;
import io.cxonebatch.bootstrap.quartz.ScheduleRegistrar;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What only the daemon ({@code serve}) needs: schedules in Quartz and job operations over JMX. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cxone-batch.serve")
class ServeConfiguration {

    @Bean
    JobOperations jobOperations(JobRunner jobRunner, JobOperator jobOperator) {
        return new JobOperations(jobRunner, jobOperator);
    }

    @Bean
    ScheduleRegistrar scheduleRegistrar(Scheduler scheduler) {
        return new ScheduleRegistrar(scheduler);
    }

    @Bean
    ApplicationRunner registerSchedules(ScheduleRegistrar registrar, CxoneBatchProperties properties) {
        return arguments -> {
            try {
                registrar.register(properties.schedules());
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not register the schedules: " + e.getMessage(), e);
            }
        };
    }
}
