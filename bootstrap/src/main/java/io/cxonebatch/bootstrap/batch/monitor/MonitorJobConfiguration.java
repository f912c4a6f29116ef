package io.cxonebatch.bootstrap.batch.monitor;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignObservationsPersistenceAdapter;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.application.monitor.port.in.ObserveCampaignsUseCase;
import io.cxonebatch.application.monitor.port.in.Observed;
import io.cxonebatch.application.monitor.service.CampaignMonitorService;
import io.cxonebatch.application.monitor.service.StatusJudge;
import io.cxonebatch.bootstrap.batch.JobParameterValues;
import io.cxonebatch.bootstrap.batch.PageByPageTasklet;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.RunListeners;
import io.cxonebatch.bootstrap.batch.StepCounts;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * campaign-status-monitor: listing (CXone's campaign listing, a page per transaction), unlisted (the tracked campaigns
 * the listing did not show, one by one, a page of them per transaction), report. Takes no parameters: meant to run
 * every few minutes under {@code serve}.
 */
@Configuration(proxyBeanMethods = false)
class MonitorJobConfiguration {

    static final String OVERDUE_METRIC = "cxone.batch.monitor.activation.overdue";

    @Bean
    Job campaignStatusMonitorJob(JobRepository jobRepository, RunListeners runListeners, Step monitorListingStep,
            Step monitorUnlistedStep, Step monitorReportStep) {
        return runListeners.jobBuilder(MonitorJob.NAME, jobRepository)
                .validator(JobParameterValues.validator(MonitorJob.NAME, Set.of(), "no parameters", parameters -> { }))
                .start(monitorListingStep)
                .next(monitorUnlistedStep)
                .next(monitorReportStep)
                .build();
    }

    @Bean
    @Lazy
    CampaignMonitorService campaignMonitorService(CxoneAdapter cxone, CampaignObservationsPersistenceAdapter observations,
            AuditPersistenceAdapter audit, CxoneBatchProperties properties, Clock clock) {
        return new CampaignMonitorService(cxone, cxone, observations, audit, new StatusJudge(properties.monitor().activationBudget()),
                clock);
    }

    /** Activations flagged overdue, for dashboards and alerts. */
    @Bean
    Counter activationOverdueCounter(ObjectProvider<MeterRegistry> meterRegistry) {
        return Counter.builder(OVERDUE_METRIC).description("campaigns flagged ACTIVATION_OVERDUE by campaign-status-monitor")
                .register(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    Step monitorListingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet monitorListingTasklet) {
        return new StepBuilder("listing", jobRepository).tasklet(monitorListingTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet monitorListingTasklet(@Lazy ObserveCampaignsUseCase campaignMonitorService, Counter activationOverdueCounter,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return pageByPage("listing", stepExecution, activationOverdueCounter, campaignMonitorService::observeListingPage);
    }

    @Bean
    Step monitorUnlistedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet monitorUnlistedTasklet) {
        return new StepBuilder("unlisted", jobRepository).tasklet(monitorUnlistedTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet monitorUnlistedTasklet(@Lazy ObserveCampaignsUseCase campaignMonitorService, Counter activationOverdueCounter,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return pageByPage("unlisted", stepExecution, activationOverdueCounter, campaignMonitorService::checkUnlisted);
    }

    /** One page per call and per transaction, its cursor committed with what it recorded. */
    private static Tasklet pageByPage(String name, StepExecution stepExecution, Counter overdue, PageObserver observer) {
        RunIdentity run = RunIdentity.of(stepExecution);
        return new PageByPageTasklet(name, (cursor, contribution) -> {
            Observed observed = observer.observe(run.runId(), run.jobExecutionId(), cursor);
            StepCounts.add(contribution, observed.read(), observed.events());
            overdue.increment(observed.overdue());
            return observed.next();
        });
    }

    @FunctionalInterface
    interface PageObserver {
        Observed observe(long runId, long jobExecutionId, @Nullable PageCursor cursor);
    }

    @Bean
    Step monitorReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            @Lazy ObserveCampaignsUseCase campaignMonitorService, CxoneBatchProperties properties) {
        Tasklet report = new ReportTasklet(campaignMonitorService, properties.reportsDir());
        return new StepBuilder("report", jobRepository).tasklet(report, transactionManager).allowStartIfComplete(true).build();
    }
}
