package io.cxonebatch.bootstrap.serve;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.application.audit.AuditAnchors;
import io.cxonebatch.application.port.out.audit.VerifyAuditChainPort;
import io.cxonebatch.bootstrap.batch.ExecutionHistory;
import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.bootstrap.config.AuditAnchorKey;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.bootstrap.jmx.JmxConnector;
import io.cxonebatch.bootstrap.jmx.JobOperations;
import io.cxonebatch.bootstrap.quartz.ScheduleRegistrar;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** What only the daemon ({@code serve}) needs: schedules in Quartz and job operations over JMX. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cxone-batch.serve")
class ServeConfiguration {

    @Bean
    JobOperations jobOperations(JobRunner jobRunner, ExecutionHistory executionHistory) {
        return new JobOperations(jobRunner, executionHistory);
    }

    /** Remote JMX on 127.0.0.1, when {@code cxone-batch.jmx.port} is set (with a password, else the daemon refuses to start). */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("cxone-batch.jmx.port")
    JmxConnector jmxConnector(@Value("${cxone-batch.jmx.port}") int port, @Value("${cxone-batch.jmx.user:operator}") String user,
            @Value("${cxone-batch.jmx.password:}") String password) throws IOException {
        return JmxConnector.start(port, user, password);
    }

    /** Health {@code cxone}: the token endpoint, asked at most once per {@code cxone-batch.health.cxone-interval}. */
    @Bean
    HealthIndicator cxoneHealthIndicator(ObjectProvider<CxoneAdapter> cxone,
            @Value("${cxone-batch.health.cxone-interval:60s}") Duration interval, Clock clock) {
        return new CxoneHealthIndicator(cxone, interval, clock);
    }

    /** Health {@code quartz}: this node's scheduler runs, clustered. */
    @Bean
    HealthIndicator quartzHealthIndicator(Scheduler scheduler) {
        return new QuartzHealthIndicator(scheduler);
    }

    /** Audit anchors on a schedule, when an anchor key is configured (else the daemon says, once, that it takes none). */
    @Bean(destroyMethod = "close")
    AnchorSchedule anchorSchedule(VerifyAuditChainPort chain, CxoneBatchProperties properties, Environment environment,
            @Value("${cxone-batch.audit.anchor-interval:1h}") Duration interval, Clock clock) {
        AuditAnchors anchors = AuditAnchorKey.isConfigured(environment)
                ? new AuditAnchors(chain, AuditAnchorKey.of(environment), clock) : null;
        return new AnchorSchedule(anchors, properties.auditAnchorFile(), interval);
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
