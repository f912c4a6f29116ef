package io.cxonebatch.bootstrap.batch.pacing;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignPersistenceAdapter;
import io.cxonebatch.adapters.persistence.OutboxPersistenceAdapter;
import io.cxonebatch.adapters.persistence.StageItemsPersistenceAdapter;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.application.pacing.PacingUpdateListener;
import io.cxonebatch.application.pacing.port.in.UpdatePacingUseCase.PacingPass;
import io.cxonebatch.application.pacing.service.PacingNotifier;
import io.cxonebatch.application.pacing.service.PacingPlanStaging;
import io.cxonebatch.application.pacing.service.PacingRows;
import io.cxonebatch.application.pacing.service.PacingUpdateService;
import io.cxonebatch.bootstrap.batch.ConcurrentItemsTasklet;
import io.cxonebatch.bootstrap.batch.InputFileTasklet;
import io.cxonebatch.bootstrap.batch.ItemExecutors;
import io.cxonebatch.bootstrap.batch.ItemReportTasklet;
import io.cxonebatch.bootstrap.batch.PagedItemReader;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.RunListeners;
import io.cxonebatch.bootstrap.batch.RunLoggingContext;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.pacing.PacingPlanEntry;
import io.cxonebatch.domain.pacing.PacingPlanValidator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * dialer-parameter-update: validate (stage the plan), update (each campaign read, compared and PUT with
 * {@code If-Match}, {@code concurrency} at once), report.
 */
@Configuration(proxyBeanMethods = false)
class PacingJobConfiguration {

    @Bean
    Job dialerParameterUpdateJob(JobRepository jobRepository, RunListeners runListeners, Step pacingValidateStep,
            Step pacingUpdateStep, Step pacingReportStep) {
        return runListeners.jobBuilder(PacingJob.NAME, jobRepository)
                .validator(PacingParameters.validator())
                .start(pacingValidateStep)
                .next(pacingUpdateStep)
                .next(pacingReportStep)
                .build();
    }

    @Bean
    PacingRows pacingRows(EngineLimits limits) {
        return new PacingRows(new PacingPlanValidator(limits));
    }

    @Bean
    Step pacingValidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PacingRows rows,
            CampaignPersistenceAdapter registry, StageItemsPersistenceAdapter staging, AuditPersistenceAdapter audit, Clock clock) {
        PacingPlanStaging stager = new PacingPlanStaging(rows, registry, staging, audit, clock);
        return new StepBuilder("validate", jobRepository).tasklet(new InputFileTasklet(PacingPlanEntry.LAYOUT,
                parameters -> PacingParameters.of(parameters).plan(), "Validating pacing plan", stager::stage),
                transactionManager).build();
    }

    @Bean
    Step pacingUpdateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet pacingUpdateTasklet) {
        return new StepBuilder("update", jobRepository).tasklet(pacingUpdateTasklet, transactionManager).build();
    }

    /** Listeners told of each accepted update: the analytics sync when configured, and any listener bean. */
    @Bean
    @StepScope
    Tasklet pacingUpdateTasklet(PacingRows rows, StageItemsPersistenceAdapter staging, CampaignPersistenceAdapter registry,
            CxoneAdapter cxone, AuditPersistenceAdapter audit, OutboxPersistenceAdapter outbox,
            ObjectProvider<PacingUpdateListener> listenerBeans, Clock clock, CxoneBatchProperties properties,
            ThreadPoolTaskExecutor pacingExecutor, JobRepository jobRepository, @Value("#{stepExecution}") StepExecution stepExecution) {
        RunIdentity run = RunIdentity.of(stepExecution);
        CxoneBatchProperties.Pacing settings = properties.pacing();
        List<PacingUpdateListener> listeners = new ArrayList<>();
        if (settings.analyticsWebhookUri() != null) {
            listeners.add(new PacingNotifier(outbox, settings.analyticsWebhookUri()));
        }
        listenerBeans.orderedStream().forEach(listeners::add);
        PacingPass pass = new PacingUpdateService(rows, staging, registry, cxone, cxone, audit, listeners, clock)
                .startPass(run.runId(), run.jobExecutionId(), PacingParameters.of(run.parameters()).dryRun());
        Pager<StagedItem> pending = cursor -> staging.page(run.runId(), Set.of(ItemStatus.PENDING), cursor, 500);
        return ConcurrentItemsTasklet.<StagedItem>of(new PagedItemReader<>("pending", pending, false),
                RunLoggingContext.forCampaign(StagedItem::ref, pass::update), pacingExecutor, settings.concurrency(),
                settings.outageBudget(), "cxone-batch.pacing.outage-budget", jobRepository, stepExecution, "Updating pacing",
                staging.count(run.runId()).of(ItemStatus.PENDING));
    }

    @Bean
    ThreadPoolTaskExecutor pacingExecutor(CxoneBatchProperties properties, DataSource dataSource) {
        return ItemExecutors.create("pacing-", properties.pacing().concurrency(), dataSource, "cxone-batch.pacing.concurrency");
    }

    @Bean
    Step pacingReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StageItemsPersistenceAdapter staging, CxoneBatchProperties properties) {
        return new StepBuilder("report", jobRepository)
                .tasklet(new ItemReportTasklet(PacingJob.NAME, PacingJob.REPORT, staging, properties.reportsDir(), PacingParameters::reportInput, execution -> List.of()), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
