package io.cxonebatch.bootstrap.batch.retention;

import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.StagingRetentionPersistenceAdapter;
import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.retention.RetentionJob;
import io.cxonebatch.application.retention.service.StagingRetentionService;
import io.cxonebatch.bootstrap.batch.JobParameterValues;
import io.cxonebatch.bootstrap.batch.JobResults;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.RunListeners;
import io.cxonebatch.bootstrap.batch.StepCounts;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * staging-retention: one step, prune, which removes the working data of runs that ended more than
 * {@code cxone-batch.retention.staging} (90 days) ago. Takes no parameters: meant to run nightly under {@code serve}.
 */
@Configuration(proxyBeanMethods = false)
class RetentionJobConfiguration {

    @Bean
    Job stagingRetentionJob(JobRepository jobRepository, RunListeners runListeners, Step retentionPruneStep) {
        return runListeners.jobBuilder(RetentionJob.NAME, jobRepository)
                .validator(JobParameterValues.validator(RetentionJob.NAME, Set.of(), "no parameters", parameters -> { }))
                .start(retentionPruneStep)
                .build();
    }

    @Bean
    StagingRetentionService stagingRetentionService(DataSource dataSource, AuditPersistenceAdapter audit,
            @Value("${cxone-batch.retention.staging:90d}") Duration retention, Clock clock) {
        return new StagingRetentionService(new StagingRetentionPersistenceAdapter(dataSource), audit, retention, clock);
    }

    @Bean
    Step retentionPruneStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StagingRetentionService retention) {
        return new StepBuilder("prune", jobRepository).tasklet((contribution, chunkContext) -> {
            RunIdentity run = RunIdentity.of(chunkContext);
            JobResult result = retention.prune(run.jobExecutionId());
            StepCounts.add(contribution, result.read(), result.done());
            JobResults.record(run.step().getJobExecution(), result);
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
