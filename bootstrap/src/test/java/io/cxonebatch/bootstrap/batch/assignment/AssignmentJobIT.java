package io.cxonebatch.bootstrap.batch.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.assignment.AssignmentJob;
import io.cxonebatch.bootstrap.batch.ItemReportTasklet;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.bootstrap.batch.WebhookReceiver;
import io.cxonebatch.bootstrap.cli.CxoneBatchCli;
import io.cxonebatch.bootstrap.outbox.OutboxRelayRunner;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.SandboxAssignment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * agent-assignment against the sandbox, on preview campaigns provisioned the way a user provisions them: one atomic
 * dispatch per campaign, the 409 rebalance, the workforce-management notifications through the outbox, a re-run
 * and a dry run.
 */
class AssignmentJobIT {

    static final String HEADER = "campaign,user_id,skills,window_start,window_end,timezone,max_concurrent_calls,recent_call_rate";
    private static final String AGENTS_ROUTE = "/api/v2/outbound/campaigns/{id}/agents";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private JobHarness harness;
    private WebhookReceiver workforce;

    @BeforeEach
    void start() throws Exception {
        sandbox = JobHarness.sandbox().tokenLifetime(Duration.ofSeconds(5)).agentCapacity(TrackedCampaigns.previewName(2), 50).start();
        workforce = new WebhookReceiver();
        harness = new JobHarness(sandbox, dataDir).with("cxone-batch.assignment.workforce-webhook-uri", workforce.uri());
        TrackedCampaigns.provision(harness, dataDir, 1, 2);
        // The campaigns are made quickly; the job under test runs at the product's own 100 requests a minute.
        harness.atProductRateLimit();
    }

    @AfterEach
    void stop() {
        workforce.close();
        harness.close();
        sandbox.close();
    }

    /** Agent n handled n mod 25 calls an hour recently: within a campaign, a higher n has a lower capacity score. */
    static String agent(String campaign, int n) {
        return String.format("%s,agent-%03d,sales;preview,09:00,17:00,America/New_York,%d,%d", campaign, n, 1 + n % 2, n % 25);
    }

    static List<String> agents(String campaign, int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            rows.add(agent(campaign, n));
        }
        return rows;
    }

    private Path roster(List<String> rows) throws Exception {
        return TrackedCampaigns.file(dataDir.resolve("roster-" + System.nanoTime() + ".csv"), HEADER, rows);
    }

    /** Runs the job in a context with the outbox relay, and waits for the run's notifications. */
    private JobExecution run(Path roster, String... more) throws Exception {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(Map.of("roster", roster.toString()));
        for (int i = 0; i < more.length; i += 2) {
            parameters.put(more[i], more[i + 1]);
        }
        try (ConfigurableApplicationContext context = harness.start()) {
            OutboxRelayRunner relay = context.getBean(OutboxRelayRunner.class);
            relay.start();
            JobExecution execution = context.getBean(JobRunner.class).start(AssignmentJob.NAME, parameters);
            relay.drain(execution.getId(), Duration.ofSeconds(20));
            return execution;
        }
    }

    private Map<String, Long> statusCounts(JobExecution execution) {
        Map<String, Long> counts = new TreeMap<>();
        harness.jdbc().sql("SELECT status, count(*) FROM staged_item WHERE run_id = ? GROUP BY status")
                .param(execution.getJobInstance().getInstanceId())
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private List<SandboxAssignment> history() {
        return sandbox.inspect().agentAssignmentHistory();
    }

    @Test
    void eachCampaignIsDispatchedOnceACapacityRefusalRebalancesByScoreAndTheWorkforceSystemHearsOfEveryDispatch()
            throws Exception {
        List<String> rows = new ArrayList<>(agents("PREV-0001", 1, 3));
        rows.addAll(agents("PREV-0002", 1, 60));

        JobExecution execution = run(roster(rows));

        assertThat(statusCounts(execution)).containsEntry("DONE", 3L + 48).containsEntry("REJECTED", 12L);
        assertThat(sandbox.inspect().requestCount("PUT", AGENTS_ROUTE, 409)).as("60 refused, then 54").isEqualTo(2);
        assertThat(history()).hasSize(2);
        SandboxAssignment second = sandbox.inspect().agentAssignments().values().stream()
                .filter(assignment -> assignment.agents().size() == 48).findFirst().orElseThrow();
        assertThat(second.agents()).extracting(agent -> agent.userId())
                .as("the highest capacity scores are kept: recent rates 24, 23 … go first")
                .doesNotContain("agent-024", "agent-023", "agent-049", "agent-048").contains("agent-025", "agent-050");
        String leftOut = harness.jdbc().sql("SELECT violations::text FROM staged_item WHERE run_id = ? AND fields->>'user_id' = 'agent-024'")
                .param(execution.getJobInstance().getInstanceId()).query(String.class).single();
        assertThat(leftOut).contains("LEFT_OUT_BY_REBALANCE", "took 48 of 60 agents after 2 capacity refusals");
        assertThat(workforce.deliveries()).hasSize(2).extracting(WebhookReceiver.Delivery::idempotencyKey).doesNotHaveDuplicates();
        assertThat(workforce.deliveries()).allSatisfy(delivery -> assertThat(delivery.topic()).isEqualTo(AssignmentJob.DISPATCHED_TOPIC));
        List<Map<String, Object>> audited = harness.jdbc().sql("SELECT campaign_ref, (details->>'agentsSent')::int AS sent,"
                + " (details->>'agentsAccepted')::int AS accepted, details->>'assignmentId' AS assignment, latency_ms"
                + " FROM audit_event WHERE job_execution_id = ? AND action = 'AGENTS_DISPATCH' AND outcome = 'SUCCESS' ORDER BY campaign_ref")
                .param(execution.getId()).query().listOfRows();
        assertThat(audited).extracting(row -> row.get("sent")).containsExactly(3, 48);
        assertThat(audited).extracting(row -> row.get("accepted")).containsExactly(3, 48);
        assertThat(audited).allSatisfy(row -> {
            assertThat(row.get("assignment")).isNotNull();
            assertThat(row.get("latency_ms")).isNotNull();
        });
        assertThat(JobOutcome.of(execution).summaryLines())
                .anyMatch(line -> line.startsWith("Workforce management: 2 dispatch notifications for 127.0.0.1"));

        JobExecution again = run(roster(rows));

        assertThat(statusCounts(again)).containsEntry("ALREADY_DONE", 51L).containsEntry("REJECTED", 12L);
        assertThat(history()).as("a re-run dispatches nothing").hasSize(2);
        assertThat(workforce.deliveries()).as("and notifies nobody").hasSize(2);
        assertThat(JobOutcome.of(again).summaryLines()).anyMatch(line -> line.startsWith("assigned 0, already assigned 51"));
    }

    @Test
    void aDryRunDispatchesNothingAndACampaignWithARejectedRowIsNotDispatchedWhileEveryReasonIsGiven() throws Exception {
        JobExecution dry = run(roster(agents("PREV-0002", 1, 3)), "dryRun", "true");

        assertThat(statusCounts(dry)).containsEntry("PLANNED", 3L);
        assertThat(sandbox.inspect().requestCount("PUT", AGENTS_ROUTE)).isZero();

        JobExecution execution = run(roster(List.of(
                agent("PREV-0001", 1),
                "PRED-0001,agent-002,sales,09:00,17:00,America/New_York,1,2",
                "PREV-0001,agent-003,,18:00,08:00,Europe/Paris,3,",
                "PREV-0001,agent-001,sales,09:00,17:00,America/New_York,1,2")));

        assertThat(statusCounts(execution)).containsEntry("REJECTED", 4L).doesNotContainKey("DONE");
        assertThat(history()).as("a campaign with a rejected row is not sent a roster that would drop that agent").isEmpty();
        Path rejects = ItemReportTasklet.rejectsFile(dataDir.resolve("reports"), AssignmentJob.NAME,
                execution.getJobInstance().getInstanceId());
        assertThat(Files.readString(rejects)).contains("NOT_A_PREVIEW_CAMPAIGN", "DUPLICATE_AGENT", "MISSING_VALUE",
                "WINDOW_END_NOT_AFTER_START", "TIME_ZONE_NOT_ALLOWED_FOR_CAMPAIGN", "AGENT_CONCURRENCY_OUT_OF_RANGE",
                "ROSTER_HAS_REJECTED_ROWS");
    }

    @Test
    void aNotificationTheReceiverKeepsRefusingEndsDeadWithItsReasonAndTheDispatchStands() throws Exception {
        workforce.answer(503);
        harness.with("cxone-batch.outbox.max-attempts", 2).with("cxone-batch.outbox.first-backoff", "100ms");

        JobExecution execution = run(roster(agents("PREV-0001", 1, 2)));

        assertThat(statusCounts(execution)).containsEntry("DONE", 2L);
        assertThat(history()).hasSize(1);
        assertThat(workforce.deliveries()).as("two attempts, one key").hasSize(2)
                .extracting(WebhookReceiver.Delivery::idempotencyKey).containsOnly(workforce.deliveries().get(0).idempotencyKey());
        assertThat(harness.jdbc().sql("SELECT status || ' ' || last_error FROM outbox_message WHERE job_execution_id = ?")
                .param(execution.getId()).query(String.class).single()).startsWith("DEAD gave up after 2 attempts").contains("HTTP 503");
        assertThat(harness.jdbc().sql("SELECT count(*) FROM audit_event WHERE action = 'NOTIFICATION_DEAD' AND campaign_ref = 'PREV-0001'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(cli("status", Long.toString(execution.getId()))).contains("notifications: delivered 0, pending 0, dead 1",
                "DEAD #", "agents.dispatched (PREV-0001) after 2 attempts: gave up after 2 attempts");
        assertThat(cli("jobs")).contains("Outbox: delivered 0, pending 0, dead 1");
    }

    /** What a command of the CLI prints, on this test's database. */
    private String cli(String... arguments) {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--data-dir=" + dataDir, "-Dspring.datasource.url=" + harness.database.jdbcUrl(),
                "-Dspring.datasource.username=" + harness.database.username(),
                "-Dspring.datasource.password=" + harness.database.password()));
        int exit = CxoneBatchCli.commandLine(new PrintWriter(out, true), new PrintWriter(out, true)).execute(all.toArray(String[]::new));
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }
}
