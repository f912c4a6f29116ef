package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.adapters.persistence.RunLocks;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans every job and every way of launching one share. */
@Configuration(proxyBeanMethods = false)
class BatchSupportConfiguration {

    @Bean
    RunLoggingContext runLoggingContext() {
        return new RunLoggingContext();
    }

    @Bean
    RunMetrics runMetrics(ObjectProvider<MeterRegistry> meterRegistry) {
        return new RunMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    RunOwner runOwner(JobRepository jobRepository) {
        return new RunOwner(jobRepository);
    }

    @Bean
    RunAudit runAudit(AppendAuditEventsPort audit, Clock clock) {
        return new RunAudit(audit, clock);
    }

    @Bean
    RunListeners runListeners(RunLoggingContext loggingContext, RunOwner owner, RunAudit audit, RunMetrics metrics) {
        return new RunListeners(loggingContext, owner, audit, metrics);
    }

    /** A SIGTERM stops this process's runs at their next boundary, restartable, within {@code cxone-batch.shutdown.grace}. */
    @Bean
    GracefulStop gracefulStop(JobRepository jobRepository, JobOperator jobOperator, List<Job> jobs,
            @Value("${cxone-batch.shutdown.grace:60s}") Duration grace) {
        return new GracefulStop(jobRepository, jobOperator, jobs.stream().map(Job::getName).collect(Collectors.toSet()), grace);
    }

    /** The newest executions, for the admin API and JMX. */
    @Bean
    ExecutionHistory executionHistory(DataSource dataSource, JobRepository jobRepository) {
        return new ExecutionHistory(dataSource, jobRepository);
    }

    @Bean
    JobRunner jobRunner(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource) {
        return new JobRunner(jobs, jobOperator, jobRepository, new RunLocks(dataSource));
    }
}
