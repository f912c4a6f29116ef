package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignPersistenceAdapter;
import io.cxonebatch.adapters.persistence.StageItemsPersistenceAdapter;
import io.cxonebatch.adapters.persistence.WebhookRegistryPersistenceAdapter;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.port.out.cxone.CxoneCapabilitiesPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.port.in.ProvisionPlanRowsUseCase.RowPass;
import io.cxonebatch.application.provisioning.service.ActivationPolicy;
import io.cxonebatch.application.provisioning.service.ConflictCheckService;
import io.cxonebatch.application.provisioning.service.ContactListPreflight;
import io.cxonebatch.application.provisioning.service.CxoneCampaignPorts;
import io.cxonebatch.application.provisioning.service.EnsureWebhookService;
import io.cxonebatch.application.provisioning.service.KnownCampaignPorts;
import io.cxonebatch.application.provisioning.service.PlanRowProvisioning;
import io.cxonebatch.application.provisioning.service.PlanRows;
import io.cxonebatch.application.provisioning.service.PlanStagingService;
import io.cxonebatch.application.provisioning.service.PreviewWebhookService;
import io.cxonebatch.application.provisioning.service.ProvisionCampaignService;
import io.cxonebatch.bootstrap.batch.ConcurrentItemsTasklet;
import io.cxonebatch.bootstrap.batch.ItemExecutors;
import io.cxonebatch.bootstrap.batch.PagedItemReader;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.RunListeners;
import io.cxonebatch.bootstrap.batch.RunLoggingContext;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.domain.pacing.EngineLimits;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The campaign-provisioning job: validate → conflicts → preflight → webhook → provision → report, each step a thin
 * call into {@code application.provisioning}. Beans that reach CXone are lazy or step-scoped, so building the job
 * (which every command does) neither starts the sandbox nor needs CXone credentials.
 */
@Configuration(proxyBeanMethods = false)
class ProvisioningJobConfiguration {


    @Bean
    Job campaignProvisioningJob(JobRepository jobRepository, RunListeners runListeners, Step provisioningValidateStep,
            Step provisioningConflictsStep, Step provisioningPreflightStep, Step provisioningWebhookStep,
            Step provisioningProvisionStep, Step provisioningReportStep) {
        return runListeners.jobBuilder(ProvisioningJob.NAME, jobRepository)
                .validator(ProvisioningParameters.validator())
                .start(provisioningValidateStep)
                .next(provisioningConflictsStep)
                .next(provisioningPreflightStep)
                .next(provisioningWebhookStep)
                .next(provisioningProvisionStep)
                .next(provisioningReportStep)
                .build();
    }

    @Bean
    PlanRows planRows(EngineLimits limits, CxoneBatchProperties properties, @Lazy CxoneCapabilitiesPort cxone) {
        return PlanRows.forTenant(limits, properties.provisioning().dstPolicyValue(), cxone);
    }

    @Bean
    Step provisioningValidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PlanRows rows,
            StageItemsPersistenceAdapter staging, AuditPersistenceAdapter audit, Clock clock) {
        return new StepBuilder("validate", jobRepository)
                .tasklet(new ValidateTasklet(new PlanStagingService(rows, staging, audit, clock)), transactionManager).build();
    }

    @Bean
    Step provisioningConflictsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet conflictsTasklet) {
        return new StepBuilder("conflicts", jobRepository).tasklet(conflictsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet conflictsTasklet(CxoneAdapter cxone, PlanRows rows, StageItemsPersistenceAdapter staging,
            CampaignPersistenceAdapter registry, AuditPersistenceAdapter audit, Clock clock) {
        return new ConflictsTasklet(new ConflictCheckService(rows, staging, cxone, registry, audit, clock));
    }

    @Bean
    Step provisioningPreflightStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet preflightTasklet) {
        return new StepBuilder("preflight", jobRepository).tasklet(preflightTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet preflightTasklet(CxoneAdapter cxone, PlanRows rows, StageItemsPersistenceAdapter staging,
            CampaignPersistenceAdapter registry, AuditPersistenceAdapter audit, Clock clock) {
        return new PreflightTasklet(new ContactListPreflight(cxone, rows, staging, registry, audit, clock));
    }

    @Bean
    Step provisioningWebhookStep(JobRepository jobRepository, Tasklet webhookTasklet) {
        // No transaction to roll back: once CXone has accepted the webhook, its record must stay.
        return new StepBuilder("webhook", jobRepository).tasklet(webhookTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    Tasklet webhookTasklet(CxoneAdapter cxone, WebhookRegistryPersistenceAdapter webhooks, AuditPersistenceAdapter audit,
            Clock clock, CxoneBatchProperties properties) {
        return new WebhookTasklet(new PreviewWebhookService(new EnsureWebhookService(cxone, webhooks, audit, clock), cxone),
                properties.previewWebhookUri(), properties.provisioning().previewWebhookName());
    }

    @Bean
    @Lazy
    ProvisionCampaignService provisionCampaignService(CxoneAdapter cxone, CampaignPersistenceAdapter campaigns,
            AuditPersistenceAdapter audit, EngineLimits limits, CxoneBatchProperties properties, Clock clock) {
        return new ProvisionCampaignService(CxoneCampaignPorts.of(cxone), KnownCampaignPorts.of(campaigns), audit, limits,
                ActivationPolicy.withBudget(properties.provisioning().activationBudget()), clock);
    }

    @Bean
    Step provisioningProvisionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet provisionRowsTasklet) {
        return new StepBuilder("provision", jobRepository).tasklet(provisionRowsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet provisionRowsTasklet(PlanRows rows, StageItemsPersistenceAdapter staging, ProvisionCampaignService campaigns,
            AuditPersistenceAdapter audit, Clock clock, CxoneBatchProperties properties, ThreadPoolTaskExecutor provisioningExecutor,
            JobRepository jobRepository, @Value("#{stepExecution}") StepExecution stepExecution) {
        RunIdentity run = RunIdentity.of(stepExecution);
        CxoneBatchProperties.Provisioning settings = properties.provisioning();
        RowPass pass = new PlanRowProvisioning(rows, staging, campaigns, audit, clock)
                .startPass(run.runId(), run.jobExecutionId(), ProvisioningParameters.of(run.parameters()).dryRun());
        // Settled rows leave the PENDING listing, so a restart reads from the top: no reader state to keep.
        Pager<StagedItem> pending = cursor -> staging.page(run.runId(), Set.of(ItemStatus.PENDING), cursor,
                Math.max(settings.chunkSize(), 500));
        return ConcurrentItemsTasklet.<StagedItem>of(new PagedItemReader<>("pending", pending, false),
                RunLoggingContext.forCampaign(StagedItem::ref, pass::provision), provisioningExecutor, settings.concurrency(),
                settings.outageBudget(), "cxone-batch.provisioning.outage-budget", jobRepository, stepExecution, "Provisioning",
                staging.count(run.runId()).of(ItemStatus.PENDING));
    }

    /** The threads rows are provisioned on; the CXone client's rate limiter, shared by all, paces their calls. */
    @Bean
    ThreadPoolTaskExecutor provisioningExecutor(CxoneBatchProperties properties, DataSource dataSource) {
        return ItemExecutors.create("provision-", properties.provisioning().concurrency(), dataSource,
                "cxone-batch.provisioning.concurrency");
    }

    @Bean
    Step provisioningReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StageItemsPersistenceAdapter staging, CxoneBatchProperties properties) {
        return new StepBuilder("report", jobRepository)
                .tasklet(new ReportTasklet(staging, properties.reportsDir()), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
