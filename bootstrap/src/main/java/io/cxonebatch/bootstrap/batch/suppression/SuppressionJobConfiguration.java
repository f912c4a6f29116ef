package io.cxonebatch.bootstrap.batch.suppression;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignPersistenceAdapter;
import io.cxonebatch.adapters.persistence.SuppressionPersistenceAdapter;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase;
import io.cxonebatch.application.suppression.port.in.LoadSuppressionSourcesUseCase;
import io.cxonebatch.application.suppression.port.in.PageStaged;
import io.cxonebatch.application.suppression.service.ContactListCheck;
import io.cxonebatch.application.suppression.service.SourceAge;
import io.cxonebatch.application.suppression.service.SuppressionSources;
import io.cxonebatch.bootstrap.batch.PageByPageTasklet;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.RunListeners;
import io.cxonebatch.bootstrap.batch.StepCounts;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.domain.phone.PhoneNumberNormalizer;
import java.time.Clock;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The suppression-crossref job: sources → suppressions → contacts → match → report, each step a thin call into
 * {@code application.suppression}. Tasklets that reach CXone are step-scoped, so building the job needs no CXone.
 */
@Configuration(proxyBeanMethods = false)
class SuppressionJobConfiguration {

    @Bean
    Job suppressionCrossrefJob(JobRepository jobRepository, RunListeners runListeners, Step suppressionSourcesStep,
            Step suppressionListStep, Step suppressionContactsStep, Step suppressionMatchStep, Step suppressionReportStep) {
        return runListeners.jobBuilder(SuppressionJob.NAME, jobRepository)
                .validator(SuppressionParameters.validator())
                .start(suppressionSourcesStep)
                .next(suppressionListStep)
                .next(suppressionContactsStep)
                .next(suppressionMatchStep)
                .next(suppressionReportStep)
                .build();
    }

    @Bean
    PhoneNumberNormalizer phoneNumberNormalizer(CxoneBatchProperties properties) {
        return new PhoneNumberNormalizer(properties.suppression().defaultRegion());
    }

    /** Step-scoped, as everything that reaches CXone: made when a step runs, not when a command builds the job. */
    @Bean
    @StepScope
    LoadSuppressionSourcesUseCase suppressionSources(CxoneAdapter cxone, SuppressionPersistenceAdapter staging, AuditPersistenceAdapter audit,
            Clock clock, PhoneNumberNormalizer normalizer, CxoneBatchProperties properties) {
        return new SuppressionSources(cxone, staging, audit, clock, normalizer,
                new SourceAge(properties.suppression().maxSourceAge().toDays(), "cxone-batch.suppression.max-source-age"));
    }

    @Bean
    @StepScope
    CheckContactListsUseCase contactListCheck(CxoneAdapter cxone, CampaignPersistenceAdapter registry, SuppressionPersistenceAdapter staging,
            AuditPersistenceAdapter audit, Clock clock, PhoneNumberNormalizer normalizer) {
        return new ContactListCheck(cxone, registry, staging, staging, audit, clock, normalizer);
    }

    @Bean
    Step suppressionSourcesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            LoadSuppressionSourcesUseCase suppressionSources) {
        return new StepBuilder("sources", jobRepository).tasklet(new SourcesTasklet(suppressionSources), transactionManager).build();
    }

    @Bean
    Step suppressionListStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet suppressionPagesTasklet) {
        return new StepBuilder("suppressions", jobRepository).tasklet(suppressionPagesTasklet, transactionManager).build();
    }

    /** One page of CXone's suppression list per transaction, its cursor committed with it. */
    @Bean
    @StepScope
    Tasklet suppressionPagesTasklet(LoadSuppressionSourcesUseCase suppressionSources, @Value("#{stepExecution}") StepExecution stepExecution) {
        RunIdentity run = RunIdentity.of(stepExecution);
        return new PageByPageTasklet("suppressions", (cursor, contribution) -> {
            PageStaged page = suppressionSources.stageCxonePage(run.runId(), run.jobExecutionId(), cursor);
            StepCounts.add(contribution, page.read(), page.read());
            return page.next();
        });
    }

    @Bean
    Step suppressionContactsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CheckContactListsUseCase contactListCheck) {
        return new StepBuilder("contacts", jobRepository).tasklet(new ContactsTasklet(contactListCheck), transactionManager).build();
    }

    @Bean
    Step suppressionMatchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CheckContactListsUseCase contactListCheck, LoadSuppressionSourcesUseCase suppressionSources) {
        return new StepBuilder("match", jobRepository)
                .tasklet(new MatchTasklet(contactListCheck, suppressionSources), transactionManager).build();
    }

    @Bean
    Step suppressionReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SuppressionPersistenceAdapter staging, CxoneBatchProperties properties) {
        return new StepBuilder("report", jobRepository)
                .tasklet(new ReportTasklet(staging, staging, properties.reportsDir()), transactionManager)
                .build();
    }
}
