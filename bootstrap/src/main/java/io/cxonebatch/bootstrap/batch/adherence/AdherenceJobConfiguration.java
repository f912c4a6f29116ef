package io.cxonebatch.bootstrap.batch.adherence;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.AdherencePersistenceAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.adherence.port.in.AdherenceReportUseCase;
import io.cxonebatch.application.adherence.port.in.Computed;
import io.cxonebatch.application.adherence.service.AdherenceService;
import io.cxonebatch.bootstrap.batch.PageByPageTasklet;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.RunListeners;
import io.cxonebatch.bootstrap.batch.StepCounts;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * adherence-report: compute (a page of campaigns per transaction, the cursor committed with their rows), report
 * (publish the run's rows as the date's report, then write the CSV and the HTML page).
 */
@Configuration(proxyBeanMethods = false)
class AdherenceJobConfiguration {

    @Bean
    Job adherenceReportJob(JobRepository jobRepository, RunListeners runListeners, CxoneBatchProperties properties,
            Clock clock, Step adherenceComputeStep, Step adherenceReportStep) {
        AdherenceDate date = new AdherenceDate(clock, properties.adherence().businessZone(), jobRepository);
        return runListeners.jobBuilder(AdherenceJob.NAME, jobRepository, date)
                .validator(AdherenceDate.validator())
                .start(adherenceComputeStep)
                .next(adherenceReportStep)
                .build();
    }

    @Bean
    @Lazy
    AdherenceService adherenceService(AdherencePersistenceAdapter reports, CxoneAdapter cxone, AuditPersistenceAdapter audit,
            CxoneBatchProperties properties, Clock clock) {
        CxoneBatchProperties.Adherence settings = properties.adherence();
        return new AdherenceService(reports, cxone, audit, settings.businessZone(), settings.hoursByZone(), settings.defaultHours(),
                clock);
    }

    @Bean
    Step adherenceComputeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet adherenceComputeTasklet) {
        return new StepBuilder("compute", jobRepository).tasklet(adherenceComputeTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet adherenceComputeTasklet(@Lazy AdherenceReportUseCase adherenceService, @Value("#{stepExecution}") StepExecution stepExecution) {
        RunIdentity run = RunIdentity.of(stepExecution);
        LocalDate date = AdherenceDate.of(stepExecution.getJobExecution());
        return new PageByPageTasklet("campaigns", (cursor, contribution) -> {
            Computed page = adherenceService.computePage(run.runId(), run.jobExecutionId(), date, cursor);
            StepCounts.add(contribution, page.read(), page.read());
            return page.next();
        });
    }

    @Bean
    Step adherenceReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            @Lazy AdherenceReportUseCase adherenceService, CxoneBatchProperties properties) {
        Tasklet report = new ReportTasklet(adherenceService, properties.reportsDir());
        return new StepBuilder("report", jobRepository).tasklet(report, transactionManager).allowStartIfComplete(true).build();
    }
}
