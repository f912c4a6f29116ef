package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.bootstrap.batch.JobAlreadyRunningException;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.SandboxCampaign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/** The campaign-provisioning job end to end: the example plan, re-runs, dry runs and unreadable plans. */
class ProvisioningJobIT {

    static final String CLIENT_ID = JobHarness.CLIENT_ID;
    static final String CLIENT_SECRET = JobHarness.CLIENT_SECRET;
    static final Path EXAMPLE_PLAN = Path.of("../examples/campaign-plan.csv");
    static final String WEBHOOK_URI = "https://hooks.example.test/preview-activated";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private ProvisioningHarness harness;

    @BeforeEach
    void start() {
        sandbox = CxoneSandbox.builder().port(0).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
                .activationDelay(Duration.ofMillis(50)).start();
        harness = new ProvisioningHarness(sandbox, dataDir)
                .with("cxone-batch.provisioning.preview-webhook-uri", WEBHOOK_URI);
    }

    @AfterEach
    void stop() {
        harness.close();
        sandbox.close();
    }

    @Test
    void provisionsTheExamplePlanAndRejectsEveryBadRowWithAllItsReasons() throws Exception {
        JobExecution execution = harness.run(Map.of("plan", EXAMPLE_PLAN.toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.statuses(execution)).isEqualTo(Map.ofEntries(
                Map.entry(2L, "PROVISIONED"), Map.entry(3L, "PROVISIONED"), Map.entry(4L, "PROVISIONED"),
                Map.entry(5L, "PROVISIONED"), Map.entry(6L, "PROVISIONED"), Map.entry(7L, "PROVISIONED"),
                Map.entry(8L, "REJECTED"), Map.entry(9L, "REJECTED"), Map.entry(10L, "REJECTED"),
                Map.entry(11L, "REJECTED"), Map.entry(12L, "REJECTED"), Map.entry(13L, "REJECTED"),
                Map.entry(14L, "REJECTED"), Map.entry(15L, "REJECTED")));
        assertThat(harness.codes(execution, 8)).contains("ABANDON_THRESHOLD_ABOVE_LEGAL_MAXIMUM", "PREDICTIVE_RATE_NOT_POSITIVE");
        assertThat(harness.codes(execution, 9)).contains("MAX_CONCURRENT_CALLS_OUT_OF_RANGE").hasSizeGreaterThanOrEqualTo(2);
        assertThat(harness.codes(execution, 10)).contains("TIME_ZONE_NOT_APPROVED", "COLUMN_NOT_APPLICABLE");
        assertThat(harness.codes(execution, 12)).containsExactly("DUPLICATE_EXTERNAL_KEY");
        assertThat(harness.reasons(execution, 12)).contains("line 2");
        assertThat(harness.codes(execution, 14)).containsExactly("SCHEDULE_CONFLICT");
        assertThat(harness.reasons(execution, 14)).contains("Q4-EAST-PRED");
        assertThat(harness.codes(execution, 15)).as("a list CXone lacks is found before the campaign is created")
                .containsExactly("CONTACT_LIST_NOT_FOUND");
        assertThat(harness.reasons(execution, 15)).contains("target_list_id 'list_missing' does not exist in CXone");
        assertThat(harness.jdbc().sql("SELECT changes->>0 FROM plan_row WHERE run_id = ? AND line = 7")
                .param(execution.getJobInstance().getInstanceId()).query(String.class).single())
                .contains("start_local 2027-03-14T02:30 does not exist in America/New_York; moved forward by 60 minutes");

        List<SandboxCampaign> campaigns = sandbox.inspect().campaigns();
        assertThat(campaigns).extracting(SandboxCampaign::name).containsExactlyInAnyOrder(
                "Q4 East Predictive Outreach", "Q4 West Predictive Outreach", "Q4 Central Progressive", "Q4 Renewals",
                "Q4 VIP Preview", "Q1 Daylight Saving Morning");
        assertThat(sandbox.inspect().dialerRules()).hasSize(2);
        assertThat(sandbox.inspect().webhooks()).hasSize(1);
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();

        JobOutcome outcome = JobOutcome.of(execution);
        assertThat(outcome.rejected()).isEqualTo(8);
        assertThat(outcome.failed()).isZero();
        assertThat(outcome.summaryLines()).anySatisfy(line -> assertThat(line).contains("provisioned 6, already present 0, rejected 8, failed 0"));
        Path rejects = ReportTasklet.rejectsFile(dataDir.resolve("reports"), execution.getJobInstance().getInstanceId());
        assertThat(outcome.summaryLines()).anySatisfy(line -> assertThat(line).contains(rejects.toAbsolutePath().toString()));
        List<String> rejectLines = Files.readAllLines(rejects);
        assertThat(rejectLines).hasSize(1 + 8);
        assertThat(rejectLines.get(0)).startsWith("line,status,stage,codes,reasons,external_key,name,type");
        assertThat(rejectLines).anySatisfy(line -> assertThat(line).startsWith("14,REJECTED,CONFLICTS,SCHEDULE_CONFLICT,"));

        assertThat(harness.auditCount(execution, "PLAN_ROW_REJECTED")).isEqualTo(8);
        assertThat(harness.auditCount(execution, "CAMPAIGN_CREATED", "INTENDED")).isEqualTo(6);
        assertThat(harness.auditCount(execution, "CAMPAIGN_CREATED", "SUCCESS")).isEqualTo(6);
        assertThat(harness.auditCount(execution, "DIALER_RULE_ATTACHED", "SUCCESS")).isEqualTo(2);
        assertThat(harness.auditCount(execution, "DIALER_RULE_ATTACHED", "FAILED")).isZero();
        assertThat(harness.auditCount(execution, "WEBHOOK_REGISTERED", "INTENDED")).isEqualTo(1);
        assertThat(harness.auditCount(execution, "WEBHOOK_REGISTERED", "SUCCESS")).isEqualTo(1);
        assertThat(harness.auditCount(execution, "JOB_STARTED")).isEqualTo(1);
        assertThat(harness.auditCount(execution, "JOB_FINISHED")).isEqualTo(1);
    }

    @Test
    void runningThePlanAgainChangesNothingInCxone() throws Exception {
        harness.run(Map.of("plan", EXAMPLE_PLAN.toString()));
        long campaigns = sandbox.inspect().campaigns().size();
        long rules = sandbox.inspect().dialerRules().size();
        long creates = sandbox.inspect().requestCount("POST", "/api/v2/campaigns");

        JobExecution again = harness.run(Map.of("plan", EXAMPLE_PLAN.toString()));

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.statuses(again)).containsEntry(2L, "ALREADY_PRESENT").containsEntry(3L, "ALREADY_PRESENT")
                .containsEntry(4L, "ALREADY_PRESENT").containsEntry(5L, "ALREADY_PRESENT")
                .containsEntry(6L, "ALREADY_PRESENT").containsEntry(7L, "ALREADY_PRESENT")
                .containsEntry(14L, "REJECTED");
        assertThat(sandbox.inspect().campaigns()).hasSize((int) campaigns);
        assertThat(sandbox.inspect().dialerRules()).hasSize((int) rules);
        assertThat(sandbox.inspect().webhooks()).hasSize(1);
        assertThat(sandbox.inspect().requestCount("POST", "/api/v2/campaigns")).isEqualTo(creates);
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
        assertThat(harness.auditCount(again, "CAMPAIGN_ALREADY_PRESENT")).isEqualTo(6);
    }

    @Test
    void dryRunMakesNoMutatingCallAndSaysWhatWouldChange() throws Exception {
        JobExecution execution = harness.run(Map.of("plan", EXAMPLE_PLAN.toString(), "dryRun", "true"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(sandbox.inspect().requestCounts().keySet())
                .filteredOn(key -> !key.pathTemplate().equals("/oauth/token"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(key.method()).isEqualTo("GET"));
        assertThat(sandbox.inspect().campaigns()).isEmpty();
        assertThat(harness.statuses(execution)).containsEntry(2L, "PLANNED").containsEntry(6L, "PLANNED")
                .containsEntry(14L, "REJECTED");
        assertThat(JobOutcome.of(execution).summaryLines())
                .anySatisfy(line -> assertThat(line).contains("line 2 (Q4-EAST-PRED): would create PREDICTIVE campaign"));
        assertThat(harness.auditCount(execution, "CAMPAIGN_CREATED", "SUCCESS")).isZero();
        assertThat(harness.auditCount(execution, "CAMPAIGN_CREATED", "PLANNED")).isEqualTo(6);
        assertThat(harness.statuses(execution)).as("the preflight runs in a dry run too").containsEntry(15L, "REJECTED");
    }

    @Test
    void aPlanThatIsNotACampaignPlanFailsTheJobBeforeAnyCallToCxone() throws Exception {
        Path plan = dataDir.resolve("broken.csv");
        Files.writeString(plan, "external_key,name,type,colour\nK1,One,PREDICTIVE,blue\n");

        JobExecution execution = harness.run(Map.of("plan", plan.toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitDescription())
                .contains("missing required columns skills, timezone, start_local, end_local")
                .contains("unknown column colour");
        assertThat(sandbox.inspect().totalRequests()).isZero();
    }

    @Test
    void aMissingPlanFileIsNamed() throws Exception {
        JobExecution execution = harness.run(Map.of("plan", dataDir.resolve("nowhere.csv").toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitDescription()).contains("nowhere.csv does not exist");
        assertThat(sandbox.inspect().totalRequests()).isZero();
    }

    @Test
    void aFailedRunRestartsWhereItStopped() throws Exception {
        sandbox.faults().outage(true);
        JobExecution failed = harness.run(Map.of("plan", EXAMPLE_PLAN.toString()));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(sandbox.inspect().campaigns()).isEmpty();

        sandbox.faults().outage(false);
        JobExecution restarted = harness.restart(failed.getId());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(harness.statuses(restarted)).containsEntry(2L, "PROVISIONED").containsEntry(14L, "REJECTED");
        assertThat(sandbox.inspect().campaigns()).hasSize(6);
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
    }

    @Test
    void aCampaignCreatedButNeverRecordedIsAdoptedNotCreatedAgain() throws Exception {
        Path plan = dataDir.resolve("two-rows.csv");
        Files.writeString(plan, String.join("\n", Files.readAllLines(EXAMPLE_PLAN).subList(0, 3)) + "\n");
        // What CXone holds after a crash between its answer to the create call and the registry write.
        try (ConfigurableApplicationContext context = harness.start()) {
            context.getBean(CreateCampaignPort.class).createCampaign(new NewCampaign("Q4 West Predictive Outreach",
                    CampaignType.PREDICTIVE, null, List.of("OUTBOUND_SALES"), List.of(), null,
                    new ScheduleWindow(ZoneId.of("America/Los_Angeles"), Instant.parse("2026-12-07T16:00:00Z"),
                            Instant.parse("2026-12-08T01:00:00Z")),
                    "queue_west"));
        }

        JobExecution execution = harness.run(Map.of("plan", plan.toString()));

        assertThat(harness.statuses(execution)).containsEntry(2L, "PROVISIONED").containsEntry(3L, "PROVISIONED");
        assertThat(sandbox.inspect().campaigns()).hasSize(2);
        assertThat(sandbox.inspect().dialerRules()).hasSize(2);
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
        assertThat(harness.auditCount(execution, "CAMPAIGN_ADOPTED")).isEqualTo(1);
    }

    @Test
    void aRowWithACharacterTheDatabaseCannotStoreIsRejectedAndTheOthersGoOn() throws Exception {
        Path plan = dataDir.resolve("nul.csv");
        List<String> lines = Files.readAllLines(EXAMPLE_PLAN).subList(0, 4);
        Files.writeString(plan, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).replace("Q4 West", "Q4\u0000West")
                + "\n" + lines.get(3) + "\n");

        JobExecution execution = harness.run(Map.of("plan", plan.toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.statuses(execution)).isEqualTo(Map.of(2L, "PROVISIONED", 3L, "REJECTED", 4L, "PROVISIONED"));
        assertThat(harness.codes(execution, 3)).containsExactly("NUL_CHARACTER");
    }

    @Test
    void aSecondRowWithTheSameNameIsRejectedBeforeItCouldAdoptTheFirstRowsCampaign() throws Exception {
        Path plan = dataDir.resolve("same-name.csv");
        List<String> lines = Files.readAllLines(EXAMPLE_PLAN);
        Files.writeString(plan, lines.get(0) + "\n" + lines.get(2) + "\n"
                + lines.get(4).replace("Q4 Renewals", "Q4 West Predictive Outreach") + "\n");

        JobExecution execution = harness.run(Map.of("plan", plan.toString()));

        assertThat(harness.statuses(execution)).isEqualTo(Map.of(2L, "PROVISIONED", 3L, "REJECTED"));
        assertThat(harness.codes(execution, 3)).containsExactly("DUPLICATE_NAME");
        assertThat(harness.reasons(execution, 3)).contains("line 2");
        assertThat(sandbox.inspect().campaigns()).hasSize(1);
    }

    @Test
    void refusesToStartWhileARunOfTheSameJobIsInProgress() throws Exception {
        sandbox.faults().latencyMillis(300);
        Path plan = dataDir.resolve("slow.csv");
        Files.writeString(plan, String.join("\n", Files.readAllLines(EXAMPLE_PLAN).subList(0, 4)) + "\n");
        try (ConfigurableApplicationContext context = harness.start()) {
            JobRunner runner = context.getBean(JobRunner.class);
            CompletableFuture<JobExecution> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.start(ProvisioningJob.NAME, Map.of("plan", plan.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (sandbox.inspect().totalRequests() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThatThrownBy(() -> runner.start(ProvisioningJob.NAME, Map.of("plan", plan.toString())))
                    .isInstanceOf(JobAlreadyRunningException.class)
                    .hasMessageContaining("already running");
            assertThat(first.get(60, TimeUnit.SECONDS).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    @Test
    void refusesUnknownParameters() {
        assertThatThrownBy(() -> harness.run(Map.of("plan", "x.csv", "dryrun", "true")))
                .hasMessageContaining("no parameter 'dryrun'");
        assertThat(harness.jdbc().sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single())
                .as("job instances recorded for a refused launch").isZero();
    }
}
