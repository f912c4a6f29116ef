package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.assignment.AssignmentJob;
import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.sandbox.AdminSkill;
import io.cxonebatch.sandbox.AdminSkillAgent;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Every job on the Admin API dialect ({@code cxone.dialect=admin}), against the sandbox's Admin dialect at the
 * product's 100 requests a minute with five-second tokens: the same jobs, rules and audit as on the contract, with
 * the losses ADR 10 names shown where they apply (unguarded writes audited, no webhook, multi-day windows refused,
 * pacing refused with the reason).
 */
class AdminDialectJobsIT {

    private static final Path EXAMPLE_PLAN = Path.of("..", "examples", "campaign-plan.csv").toAbsolutePath().normalize();
    private static final String ACCESS_KEY = "admin-job-test-key";
    private static final String ACCESS_SECRET = "admin-job-test-secret";
    private static final String SKILLS = "/inContactAPI/services/v30.0/skills";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private JobHarness harness;

    @BeforeEach
    void start() {
        sandbox = JobHarness.sandbox().accessKey(ACCESS_KEY, ACCESS_SECRET).accessKeyTokenLifetime(Duration.ofSeconds(5))
                .skillListingDelay(Duration.ofMillis(300)).start();
        harness = new JobHarness(sandbox, dataDir).atProductRateLimit()
                .with("cxone.dialect", "admin")
                .with("cxone.admin.access-key-id", ACCESS_KEY)
                .with("cxone.admin.access-key-secret", ACCESS_SECRET)
                .with("cxone.admin.reporting-campaign-id", 101)
                .with("cxone.admin.dnc-group-ids", "1,2")
                .with("cxone.admin.schedule-zone", "America/New_York")
                .with("cxone-batch.adherence.business-zone", "America/New_York")
                .with("cxone-batch.provisioning.preview-webhook-uri", "https://hooks.example.com/cxone/preview");
    }

    @AfterEach
    void stop() {
        harness.close();
        sandbox.close();
    }

    private Map<Long, String> statuses(JobExecution execution) {
        Map<Long, String> statuses = new java.util.TreeMap<>();
        harness.jdbc().sql("SELECT line, status FROM plan_row WHERE run_id = ?").param(execution.getJobInstance().getInstanceId())
                .query((rs, n) -> statuses.put(rs.getLong(1), rs.getString(2))).list();
        return statuses;
    }

    /** The example plan with activate=false everywhere: a plan may not start an Admin skill (no dates hold it). */
    private Path examplePlanNotActivating() throws Exception {
        Path plan = dataDir.resolve("example-not-activating.csv");
        Files.write(plan, Files.readAllLines(EXAMPLE_PLAN).stream().map(line -> line.endsWith(",true") ? line.substring(0,
                line.length() - "true".length()) + "false" : line).toList());
        return plan;
    }

    private JobExecution provisionExamplePlan() throws Exception {
        JobExecution execution = harness.run(ProvisioningJob.NAME, Map.of("plan", examplePlanNotActivating().toString()));
        assertThat(execution.getStatus()).as(String.join("\n", JobOutcome.of(execution).summaryLines())).isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    /** Starts a skill as someone in CXone would, through the sandbox's Admin API. */
    private void startInCxone(String skillName) throws Exception {
        int skillId = sandbox.adminInspect().skill(skillName).orElseThrow().skillId();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/authentication/v1/token/access-key"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accessKeyId\":\"" + ACCESS_KEY + "\",\"accessKeySecret\":\""
                        + ACCESS_SECRET + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = token.body().replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(SKILLS + "/" + skillId + "/start"))
                .header("Authorization", "Bearer " + bearer).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    }

    @Test
    void provisionsTheExamplePlanAsSkillsAndARunAgainCreatesNothing() throws Exception {
        JobExecution execution = provisionExamplePlan();

        JobOutcome outcome = JobOutcome.of(execution);
        assertThat(outcome.summaryLines()).anySatisfy(line -> assertThat(line).contains("provisioned 6, already present 0, rejected 8, failed 0"));
        assertThat(statuses(execution)).containsEntry(2L, "PROVISIONED").containsEntry(6L, "PROVISIONED").containsEntry(7L, "PROVISIONED")
                .containsEntry(15L, "REJECTED");
        assertThat(sandbox.adminInspect().skills()).extracting(AdminSkill::skillName).containsExactlyInAnyOrder(
                "Q4 East Predictive Outreach", "Q4 West Predictive Outreach", "Q4 Central Progressive", "Q4 Renewals",
                "Q4 VIP Preview", "Q1 Daylight Saving Morning");
        assertThat(sandbox.adminInspect().skills()).allSatisfy(skill -> {
            assertThat(skill.campaignId()).isEqualTo(101);
            assertThat(skill.running()).as("nothing started").isFalse();
        });
        assertThat(sandbox.adminInspect().skill("Q4 West Predictive Outreach").orElseThrow().scheduleSettings())
                .as("08:00 to 17:00 in Los Angeles, on the business unit's New York clock")
                .containsEntry("mondayStartTime", "11:00").containsEntry("mondayEndTime", "20:00");
        assertThat(String.valueOf(sandbox.adminInspect().skill("Q4 East Predictive Outreach").orElseThrow().generalSettings()
                .get("abandonRateThreshold"))).as("the plan's 0.03 as a percentage").isEqualTo("3");
        assertThat(sandbox.adminInspect().skillCreationAttempts().values()).allSatisfy(attempts -> assertThat(attempts).isEqualTo(1));
        assertThat(harness.auditCount(execution, "DIALER_RULE_ATTACHED", "SUCCESS")).isEqualTo(2);
        assertThat(harness.jdbc().sql("""
                        SELECT count(*) FROM audit_event WHERE job_execution_id = ? AND outcome = 'SUCCESS'
                        AND action IN ('DIALER_RULE_ATTACHED', 'PREVIEW_CONFIGURED') AND details->>'guarded' = 'false'""")
                .param(execution.getId()).query(Long.class).single())
                .as("every settings write is audited as made without optimistic locking").isEqualTo(3);
        assertThat(harness.jdbc().sql("""
                        SELECT details->>'notApplied' FROM audit_event WHERE job_execution_id = ? AND outcome = 'SUCCESS'
                        AND action = 'PREVIEW_CONFIGURED'""").param(execution.getId()).query(String.class).single())
                .as("the audit never claims more than CXone took").contains("contact list", "agent count", "not written");
        assertThat(harness.auditCount(execution, "WEBHOOK_REGISTERED")).as("no webhook is asked of an API without any").isZero();
        assertThat(outcome.summaryLines()).anySatisfy(line -> assertThat(line).contains("preview activations are polled"));
        assertThat(sandbox.adminInspect().requestCount("GET", "/inContactAPI/services/v30.0/skills/{skillId}", 401)).isZero();

        long creates = sandbox.adminInspect().requestCount("POST", SKILLS);
        JobExecution again = provisionExamplePlan();

        assertThat(JobOutcome.of(again).summaryLines())
                .anySatisfy(line -> assertThat(line).contains("provisioned 0, already present 6, rejected 8, failed 0"));
        assertThat(sandbox.adminInspect().requestCount("POST", SKILLS)).isEqualTo(creates);
        assertThat(sandbox.adminInspect().skills()).hasSize(6);
    }

    @Test
    void windowsOverSeveralDaysOrAcrossTheBusinessUnitsMidnightAndActivationsAreRejectedAtValidationAndNothingIsCreated()
            throws Exception {
        Path plan = dataDir.resolve("weekdays.csv");
        List<String> lines = Files.readAllLines(EXAMPLE_PLAN);
        Files.write(plan, List.of(lines.get(0),
                "WEEKDAYS,Weekdays Progressive,PROGRESSIVE,,OUTBOUND_SALES,,,America/Chicago,2026-12-07T09:00,2026-12-11T17:00,,,,,queue_w,,,false",
                "EVENING,Evening Progressive,PROGRESSIVE,,OUTBOUND_SALES,,,America/Los_Angeles,2026-12-07T20:00,2026-12-07T23:00,,,,,queue_e,,,false"));

        JobExecution execution = harness.run(ProvisioningJob.NAME, Map.of("plan", plan.toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statuses(execution)).containsExactly(Map.entry(2L, "REJECTED"), Map.entry(3L, "REJECTED"));
        assertThat(harness.jdbc().sql("SELECT v->>'code' || ': ' || (v->>'message') FROM plan_row, jsonb_array_elements(violations) v"
                + " WHERE run_id = ? ORDER BY line").param(execution.getJobInstance().getInstanceId()).query(String.class).list())
                .satisfiesExactly(
                        weekdays -> assertThat(weekdays).startsWith("WINDOW_SPANS_DAYS: ").contains("same hours on all seven days"),
                        evening -> assertThat(evening).startsWith("WINDOW_SPANS_DAYS: ")
                                .contains("2026-12-07T23:00 to 2026-12-08T02:00 on the business unit's clock, America/New_York"));
        assertThat(sandbox.adminInspect().requestCount("POST", SKILLS)).isZero();
        assertThat(sandbox.adminInspect().skills()).isEmpty();

        JobExecution example = harness.run(ProvisioningJob.NAME, Map.of("plan", EXAMPLE_PLAN.toString(), "dryRun", "true"));

        for (long activating : List.of(2L, 4L, 6L)) {
            assertThat(harness.jdbc().sql("SELECT v->>'code' FROM plan_row, jsonb_array_elements(violations) v WHERE run_id = ? AND line = ?")
                    .param(example.getJobInstance().getInstanceId()).param(activating).query(String.class).list())
                    .as("line %d asks to start its skill", activating).containsExactly("ACTIVATION_WITHOUT_DATES");
        }
        assertThat(sandbox.adminInspect().skills()).isEmpty();
    }

    @Test
    void theOtherJobsRunOnTheSkillsProvisioned() throws Exception {
        provisionExamplePlan();

        startInCxone("Q4 East Predictive Outreach");
        JobExecution monitor = harness.run(MonitorJob.NAME, Map.of());
        assertThat(monitor.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.jdbc().sql("SELECT external_key FROM known_campaign WHERE status = 'ACTIVE'").query(String.class).list())
                .as("the skill started in CXone").containsExactly("Q4-EAST-PRED");
        assertThat(harness.jdbc().sql("SELECT count(*) FROM campaign_status_transition WHERE job_execution_id = ?")
                .param(monitor.getId()).query(Long.class).single()).isEqualTo(1);

        JobExecution suppression = harness.run(SuppressionJob.NAME, Map.of());
        assertThat(suppression.getStatus()).as(String.join("\n", JobOutcome.of(suppression).summaryLines()))
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobOutcome.of(suppression).summaryLines()).as("every 50th seeded record is in DNC group 1")
                .anySatisfy(line -> assertThat(line).startsWith("list list_east: 500 contacts, 10 suppressed, "));
        assertThat(harness.auditCount(suppression, "SUPPRESSION_LIST_CHECKED", "SUCCESS")).isEqualTo(3);

        JobExecution adherence = harness.run(AdherenceJob.NAME, Map.of("date", "2026-12-07"));
        assertThat(adherence.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobOutcome.of(adherence).summaryLines().get(0)).as("the skills dial the windows' hours, sent on the"
                + " business unit's clock").startsWith("Adherence on 2026-12-07 (America/New_York): 2 campaigns, 2 on plan");

        Path roster = dataDir.resolve("roster.csv");
        Files.write(roster, List.of("campaign,user_id,skills,window_start,window_end,timezone,max_concurrent_calls,recent_call_rate",
                "Q4-PREVIEW-VIP,1001,OUTBOUND_PREVIEW;VIP,09:00,17:00,America/New_York,1,12",
                "Q4-PREVIEW-VIP,1002,OUTBOUND_PREVIEW,10:00,18:00,America/New_York,2,"));
        JobExecution assignment = harness.run(AssignmentJob.NAME, Map.of("roster", roster.toString()));
        assertThat(assignment.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobOutcome.of(assignment).clean()).as(String.join("\n", JobOutcome.of(assignment).summaryLines())).isTrue();
        assertThat(sandbox.adminInspect().skill("Q4 VIP Preview").orElseThrow().agents()).extracting(AdminSkillAgent::agentId)
                .containsExactlyInAnyOrder(1001, 1002);

        Path pacing = dataDir.resolve("pacing.csv");
        Files.write(pacing, List.of("campaign,dialer_type,max_concurrent_calls,pacing_type,interval_seconds,max_calls_per_interval,"
                        + "throttle_percent,timezone,auto_rebalance,queue_priority",
                "Q4-EAST-PRED,predictive,150,fixed,60,25,0.85,America/New_York,true,1"));
        Map<String, Object> settingsBefore = sandbox.adminInspect().skill("Q4 East Predictive Outreach").orElseThrow().generalSettings();
        JobExecution pacingRun = harness.run(PacingJob.NAME, Map.of("plan", pacing.toString()));
        assertThat(pacingRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobOutcome.of(pacingRun).failed()).isEqualTo(1);
        assertThat(String.join("\n", JobOutcome.of(pacingRun).summaryLines())).contains("no field for any of the pacing");
        assertThat(sandbox.adminInspect().skill("Q4 East Predictive Outreach").orElseThrow().generalSettings())
                .as("nothing written").isEqualTo(settingsBefore);
    }
}
