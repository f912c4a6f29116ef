package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.in.EnsureWebhookUseCase;
import io.cxonebatch.application.port.in.ProvisionCampaignUseCase;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.application.service.ContactListPreflight;
import io.cxonebatch.application.service.OutageWatch;
import io.cxonebatch.bootstrap.batch.ProgressReporter;
import java.time.Duration;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.bootstrap.batch.RunAudit;
import io.cxonebatch.bootstrap.batch.RunOwner;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.domain.campaign.CampaignPlanValidator;
import io.cxonebatch.domain.pacing.EngineLimits;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The campaign-provisioning job: validate → conflicts → preflight → preview webhook → provision → report.
 *
 * <p>Beans that reach CXone are step-scoped, so building the job (which every command does) neither starts the
 * sandbox nor needs CXone credentials; they are made when their step runs.
 */
@Configuration(proxyBeanMethods = false)
class ProvisioningJobConfiguration {

    static final String JOB_NAME = RowAudit.JOB_NAME;
    private static final Logger log = LoggerFactory.getLogger(ProvisioningJobConfiguration.class);
    /** Where the sandbox is told to send preview activations: nowhere real ({@code .invalid} never resolves). */
    /** While CXone is not answering, one row probes after 1 s, then after twice as long each time, up to 30 s. */
    static final Duration OUTAGE_FIRST_PROBE = Duration.ofSeconds(1);
    static final Duration OUTAGE_MAX_PROBE = Duration.ofSeconds(30);
    static final URI SANDBOX_WEBHOOK_URI = URI.create("https://preview-hooks.sandbox.invalid/cxone-batch/preview-activated");

    @Bean
    Job campaignProvisioningJob(JobRepository jobRepository, RunOwner runOwner, RunAudit runAudit,
            Step provisioningValidateStep, Step provisioningConflictsStep, Step provisioningPreflightStep, Step provisioningWebhookStep,
            Step provisioningProvisionStep, Step provisioningReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(ProvisioningParameters.validator())
                .listener(runOwner)
                .listener(runAudit)
                .start(provisioningValidateStep)
                .next(provisioningConflictsStep)
                .next(provisioningPreflightStep)
                .next(provisioningWebhookStep)
                .next(provisioningProvisionStep)
                .next(provisioningReportStep)
                .build();
    }

    @Bean
    PlanRowSpecs planRowSpecs(EngineLimits limits, CxoneBatchProperties properties) {
        return new PlanRowSpecs(new CampaignPlanValidator(limits, properties.provisioning().dstPolicyValue()));
    }

    @Bean
    Step provisioningValidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PlanRowSpecs specs, StagePlanRowsPort rows, AppendAuditEventsPort audit, Clock clock) {
        return new StepBuilder("validate", jobRepository)
                .tasklet(new PlanValidationTasklet(specs, rows, audit, clock), transactionManager)
                .build();
    }

    @Bean
    Step provisioningConflictsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet conflictCheckTasklet) {
        return new StepBuilder("conflicts", jobRepository).tasklet(conflictCheckTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet conflictCheckTasklet(PlanRowSpecs specs, StagePlanRowsPort rows, ListCampaignsPort campaigns,
            LoadKnownCampaignPort known, AppendAuditEventsPort audit, Clock clock) {
        return new ConflictCheckTasklet(new PendingRowBatches(specs, rows, known), rows, campaigns, known, audit, clock);
    }

    @Bean
    Step provisioningPreflightStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet contactListPreflightTasklet) {
        return new StepBuilder("preflight", jobRepository).tasklet(contactListPreflightTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet contactListPreflightTasklet(PlanRowSpecs specs, StagePlanRowsPort rows, LoadKnownCampaignPort known,
            CheckContactListPort lists, AppendAuditEventsPort audit, Clock clock) {
        return new ContactListPreflightTasklet(new PendingRowBatches(specs, rows, known), new ContactListPreflight(lists), rows,
                audit, clock);
    }

    @Bean
    Step provisioningWebhookStep(JobRepository jobRepository, Tasklet previewWebhookTasklet) {
        // No transaction to roll back: once CXone has accepted the webhook, its record must stay.
        return new StepBuilder("webhook", jobRepository).tasklet(previewWebhookTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    Tasklet previewWebhookTasklet(EnsureWebhookUseCase webhooks, CxoneBatchProperties properties) {
        CxoneBatchProperties.Provisioning provisioning = properties.provisioning();
        URI uri = provisioning.previewWebhookUri();
        if (uri == null && properties.sandbox()) {
            uri = SANDBOX_WEBHOOK_URI;
        }
        return new PreviewWebhookTasklet(webhooks, uri, provisioning.previewWebhookName());
    }

    @Bean
    Step provisioningProvisionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet provisionRowsTasklet) {
        return new StepBuilder("provision", jobRepository).tasklet(provisionRowsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet provisionRowsTasklet(PlanRowSpecs specs, StagePlanRowsPort rows, ProvisionCampaignUseCase provisioning,
            AppendAuditEventsPort audit, Clock clock, CxoneBatchProperties properties, ThreadPoolTaskExecutor provisioningExecutor,
            JobRepository jobRepository, @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        CxoneBatchProperties.Provisioning settings = properties.provisioning();
        PlanRowProvisioner provisioner = new PlanRowProvisioner(specs, rows, runId, provisioning.startPass(), audit, clock,
                stepExecution.getJobExecutionId(), ProvisioningParameters.of(stepExecution.getJobParameters()).dryRun());
        PendingPlanRowReader reader = new PendingPlanRowReader(rows, runId, Math.max(settings.chunkSize(), 500));
        return new ProvisionRowsTasklet(reader, provisioner, provisioningExecutor, settings.concurrency(),
                new OutageWatch(settings.outageBudget(), OUTAGE_FIRST_PROBE, OUTAGE_MAX_PROBE, System::nanoTime),
                new StopRequests(jobRepository, stepExecution), System::nanoTime,
                ProgressReporter.onStandardOutput("Provisioning", rows.count(runId).of(PlanRowStatus.PENDING)));
    }

    /** The threads rows are provisioned on; the CXone client's rate limiter, shared by all, paces their calls. */
    @Bean
    ThreadPoolTaskExecutor provisioningExecutor(CxoneBatchProperties properties, DataSource dataSource) {
        int concurrency = properties.provisioning().concurrency();
        if (dataSource instanceof HikariDataSource pool && pool.getMaximumPoolSize() < concurrency + 2) {
            // Each row holds a connection only while it writes an audit row or its outcome, but all may write at once.
            log.warn("cxone-batch.provisioning.concurrency {} needs a database pool of at least {} connections, but "
                    + "spring.datasource.hikari.maximum-pool-size is {}: rows will wait for connections",
                    concurrency, concurrency + 2, pool.getMaximumPoolSize());
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.provisioning().concurrency());
        executor.setMaxPoolSize(properties.provisioning().concurrency());
        executor.setThreadNamePrefix("provision-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }

    @Bean
    Step provisioningReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StagePlanRowsPort rows, CxoneBatchProperties properties) {
        return new StepBuilder("report", jobRepository)
                .tasklet(new ProvisioningReportTasklet(rows, properties.reportsDir()), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
