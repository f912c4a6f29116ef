package io.cxonebatch.bootstrap.batch.assignment;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.AgentDispatchPersistenceAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignPersistenceAdapter;
import io.cxonebatch.adapters.persistence.OutboxPersistenceAdapter;
import io.cxonebatch.adapters.persistence.StageItemsPersistenceAdapter;
import io.cxonebatch.application.assignment.AssignmentJob;
import io.cxonebatch.application.assignment.port.in.DispatchAgentsUseCase.DispatchPass;
import io.cxonebatch.application.assignment.service.AgentDispatchService;
import io.cxonebatch.application.assignment.service.RosterStaging;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.bootstrap.batch.ConcurrentItemsTasklet;
import io.cxonebatch.bootstrap.batch.InputFileTasklet;
import io.cxonebatch.bootstrap.batch.ItemExecutors;
import io.cxonebatch.bootstrap.batch.ItemReportTasklet;
import io.cxonebatch.bootstrap.batch.PagedItemReader;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.RunListeners;
import io.cxonebatch.bootstrap.batch.RunLoggingContext;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.domain.assignment.AssignmentFit;
import io.cxonebatch.domain.assignment.CapacityScore;
import io.cxonebatch.domain.assignment.RosterEntry;
import io.cxonebatch.domain.assignment.RosterValidator;
import io.cxonebatch.domain.pacing.EngineLimits;
import java.net.URI;
import java.time.Clock;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * agent-assignment: validate (stage the roster by campaign), dispatch (one atomic {@code PUT …/agents} per campaign,
 * {@code concurrency} campaigns at once, each accepted dispatch recorded with its outbox notification), report.
 */
@Configuration(proxyBeanMethods = false)
class AssignmentJobConfiguration {

    private static final int CAMPAIGN_PAGE = 200;

    @Bean
    Job agentAssignmentJob(JobRepository jobRepository, RunListeners runListeners, Step assignmentValidateStep,
            Step assignmentDispatchStep, Step assignmentReportStep) {
        return runListeners.jobBuilder(AssignmentJob.NAME, jobRepository)
                .validator(AssignmentParameters.validator())
                .start(assignmentValidateStep)
                .next(assignmentDispatchStep)
                .next(assignmentReportStep)
                .build();
    }

    @Bean
    Step assignmentValidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, EngineLimits limits,
            CxoneBatchProperties properties, CampaignPersistenceAdapter registry, StageItemsPersistenceAdapter staging,
            AuditPersistenceAdapter audit, Clock clock) {
        RosterStaging stager = new RosterStaging(new RosterValidator(limits),
                new AssignmentFit(new CapacityScore(properties.assignment().targetCallsPerHour())), registry, staging, audit, clock);
        return new StepBuilder("validate", jobRepository).tasklet(new InputFileTasklet(RosterEntry.LAYOUT,
                parameters -> AssignmentParameters.of(parameters).roster(), "Validating roster", stager::stage),
                transactionManager).build();
    }

    @Bean
    Step assignmentDispatchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet assignmentDispatchTasklet) {
        return new StepBuilder("dispatch", jobRepository).tasklet(assignmentDispatchTasklet, transactionManager).build();
    }

    /** Campaigns in key order, each taken whole; a settled campaign leaves the listing, so a restart reads from the top. */
    @Bean
    @StepScope
    Tasklet assignmentDispatchTasklet(StageItemsPersistenceAdapter staging, CampaignPersistenceAdapter registry, CxoneAdapter cxone,
            AgentDispatchPersistenceAdapter dispatches, AuditPersistenceAdapter audit, EngineLimits limits,
            CxoneBatchProperties properties, Clock clock, ThreadPoolTaskExecutor assignmentExecutor, JobRepository jobRepository,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        RunIdentity run = RunIdentity.of(stepExecution);
        CxoneBatchProperties.Assignment settings = properties.assignment();
        DispatchPass pass = new AgentDispatchService(staging, registry, cxone, dispatches, audit, limits,
                new CapacityScore(settings.targetCallsPerHour()), settings.rebalancePolicy(), settings.workforceWebhookUri(), clock)
                .startPass(run.runId(), run.jobExecutionId(), AssignmentParameters.of(run.parameters()).dryRun());
        Pager<String> campaigns = staging.refPager(run.runId(), Set.of(ItemStatus.PENDING), CAMPAIGN_PAGE);
        return ConcurrentItemsTasklet.<String>of(new PagedItemReader<>("campaigns", campaigns, false),
                RunLoggingContext.forCampaign(campaign -> campaign, pass::dispatch), assignmentExecutor, settings.concurrency(),
                settings.outageBudget(), "cxone-batch.assignment.outage-budget", jobRepository, stepExecution,
                "Dispatching campaigns", 0);
    }

    @Bean
    ThreadPoolTaskExecutor assignmentExecutor(CxoneBatchProperties properties, DataSource dataSource) {
        return ItemExecutors.create("dispatch-", properties.assignment().concurrency(), dataSource,
                "cxone-batch.assignment.concurrency");
    }

    @Bean
    Step assignmentReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StageItemsPersistenceAdapter staging, OutboxPersistenceAdapter outbox, CxoneBatchProperties properties) {
        URI webhook = properties.assignment().workforceWebhookUri();
        return new StepBuilder("report", jobRepository)
                .tasklet(new ItemReportTasklet(AssignmentJob.NAME, AssignmentJob.REPORT, staging, properties.reportsDir(), AssignmentParameters::reportInput, execution -> List.of(AssignmentJob.notificationsLine(webhook, outbox.counts(execution.getId())))), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
