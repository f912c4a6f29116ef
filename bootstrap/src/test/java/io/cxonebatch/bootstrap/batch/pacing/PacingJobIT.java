package io.cxonebatch.bootstrap.batch.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.bootstrap.batch.ItemReportTasklet;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.bootstrap.batch.WebhookReceiver;
import io.cxonebatch.bootstrap.outbox.OutboxRelayRunner;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.SandboxCampaign;
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
import org.springframework.context.ConfigurableApplicationContext;

/**
 * dialer-parameter-update against the sandbox, on campaigns provisioned the way a user provisions them: the
 * compare-first update with If-Match, a concurrent edit (412), an engine limit (422), a dry run and a re-run.
 */
class PacingJobIT {

    static final String HEADER = "campaign,dialer_type,max_concurrent_calls,pacing_type,interval_seconds,"
            + "max_calls_per_interval,throttle_percent,timezone,auto_rebalance,queue_priority";
    private static final String SETTINGS_ROUTE = "/api/v2/outbound/campaigns/{id}";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private JobHarness harness;

    @BeforeEach
    void start() throws Exception {
        sandbox = JobHarness.sandbox().tokenLifetime(Duration.ofSeconds(5)).start();
        harness = new JobHarness(sandbox, dataDir);
        TrackedCampaigns.provision(harness, dataDir, 3, 0);
    }

    @AfterEach
    void stop() {
        harness.close();
        sandbox.close();
    }

    static String row(String campaign, int maxCalls, String throttle) {
        return campaign + ",predictive," + maxCalls + ",fixed,60,25," + throttle + ",America/New_York,true,2";
    }

    private Path plan(String... rows) throws Exception {
        return TrackedCampaigns.file(dataDir.resolve("pacing-" + System.nanoTime() + ".csv"), HEADER, List.of(rows));
    }

    private JobExecution run(JobHarness on, Path plan, String... more) throws Exception {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(Map.of("plan", plan.toString()));
        for (int i = 0; i < more.length; i += 2) {
            parameters.put(more[i], more[i + 1]);
        }
        return on.run(PacingJob.NAME, parameters);
    }

    private Map<String, String> statuses(JobExecution execution) {
        Map<String, String> statuses = new java.util.TreeMap<>();
        harness.jdbc().sql("SELECT coalesce(ref, '-') || '@' || item_key, status FROM staged_item WHERE run_id = ?")
                .param(execution.getJobInstance().getInstanceId())
                .query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2))).list();
        return statuses;
    }

    private SandboxCampaign campaign(String key) {
        String id = harness.jdbc().sql("SELECT campaign_id FROM known_campaign WHERE external_key = ?").param(key)
                .query(String.class).single();
        return sandbox.inspect().campaign(id).orElseThrow();
    }

    private int maxConcurrentCalls(String key) {
        return ((Number) campaign(key).outboundSettings().get("maxConcurrentCalls")).intValue();
    }

    private long puts() {
        return sandbox.inspect().requestCount("PUT", SETTINGS_ROUTE);
    }

    @Test
    void atTheProductsRateLimitWithShortTokensEachCampaignIsUpdatedWithItsRealPreviousValuesAndARerunChangesNothing()
            throws Exception {
        Path plan = plan(row("PRED-0001", 150, "0.85"), row(campaign("PRED-0002").id(), 120, "0.9"), row("PRED-0003", 90, "0.5"));
        long putsBefore = puts();

        JobExecution first = run(harness.atProductRateLimit(), plan);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statuses(first).values()).containsOnly("DONE");
        assertThat(maxConcurrentCalls("PRED-0001")).isEqualTo(150);
        assertThat(((Number) ((Map<?, ?>) campaign("PRED-0002").outboundSettings().get("pacing")).get("throttlePercent")).doubleValue()).isEqualTo(0.9);
        assertThat(puts() - putsBefore).as("one PUT per campaign").isEqualTo(3);
        assertThat(sandbox.inspect().outboundSettingsPutsWithoutIfMatch()).isZero();
        assertThat(sandbox.inspect().requestCount(401)).as("no token was sent stale").isZero();
        assertThat(sandbox.inspect().requestCount(429)).as("the client paced itself").isZero();
        List<Map<String, Object>> updates = harness.jdbc().sql("SELECT details->'previous'->>'max_concurrent_calls' AS previous,"
                + " details->'new'->>'max_concurrent_calls' AS next, latency_ms, (details->>'pacingAccuracy')::float AS accuracy"
                + " FROM audit_event WHERE job_execution_id = ? AND action = 'PACING_UPDATE' AND outcome = 'SUCCESS' ORDER BY campaign_ref")
                .param(first.getId()).query().listOfRows();
        assertThat(updates).hasSize(3).allSatisfy(update -> {
            assertThat(update.get("previous")).as("the real previous value, never 0").isEqualTo("25");
            assertThat(update.get("latency_ms")).isNotNull();
            assertThat(update.get("accuracy")).isEqualTo(1.0);
        });
        assertThat(updates).extracting(update -> update.get("next")).containsExactly("150", "120", "90");

        JobExecution again = run(harness, plan);

        assertThat(statuses(again).values()).containsOnly("ALREADY_DONE");
        assertThat(puts() - putsBefore).as("a re-run makes no PUT").isEqualTo(3);
        assertThat(JobOutcome.of(again).clean()).isTrue();
        assertThat(JobOutcome.of(again).summaryLines())
                .anyMatch(line -> line.startsWith("updated 0, already in place 3, rejected 0, failed 0"));
    }

    @Test
    void aConcurrentEditIsReReadReAppliedAndRetriedNeverWithoutIfMatch() throws Exception {
        sandbox.faults().concurrentEdits(2);

        JobExecution execution = run(harness, plan(row("PRED-0001", 150, "0.85")));

        assertThat(statuses(execution).values()).containsOnly("DONE");
        assertThat(sandbox.inspect().requestCount("PUT", SETTINGS_ROUTE, 412)).isEqualTo(2);
        assertThat(sandbox.inspect().outboundSettingsPutsWithoutIfMatch()).isZero();
        assertThat(maxConcurrentCalls("PRED-0001")).isEqualTo(150);
        assertThat(harness.auditCount(execution, "PACING_UPDATE", "FAILED")).as("each 412 audited").isEqualTo(2);
    }

    @Test
    void anEngineLimitCxoneEnforcesIsARejectionWithItsReasonAndTheOtherRowsGoOn() throws Exception {
        // Our own limit above the sandbox's 500, so that CXone is the one to say no.
        harness.with("cxone-batch.engine.max-concurrent-calls", 1000);

        JobExecution execution = run(harness, plan(row("PRED-0001", 800, "0.85"), row("PRED-0002", 100, "0.85"),
                row("NO-SUCH-CAMPAIGN", 100, "0.85")));

        assertThat(statuses(execution)).containsEntry("PRED-0001@2", "REJECTED").containsEntry("PRED-0002@3", "DONE")
                .containsEntry("NO-SUCH-CAMPAIGN@4", "REJECTED");
        String reasons = harness.jdbc().sql("SELECT violations::text FROM staged_item WHERE run_id = ? AND item_key = 2")
                .param(execution.getJobInstance().getInstanceId()).query(String.class).single();
        assertThat(reasons).contains("ENGINE_CONSTRAINT", "exceeds the engine limit of 500");
        assertThat(sandbox.inspect().requestCount("PUT", SETTINGS_ROUTE, 422)).isEqualTo(1);
        Path rejects = ItemReportTasklet.rejectsFile(dataDir.resolve("reports"), PacingJob.NAME, execution.getJobInstance().getInstanceId());
        assertThat(Files.readString(rejects)).contains("ENGINE_CONSTRAINT", "UNKNOWN_CAMPAIGN", "NO-SUCH-CAMPAIGN");
        assertThat(JobOutcome.of(execution).clean()).isFalse();
    }

    @Test
    void aDryRunReadsTheSettingsAndListsTheChangesWithoutAnyPut() throws Exception {
        long putsBefore = puts();

        JobExecution execution = run(harness, plan(row("PRED-0001", 150, "0.85")), "dryRun", "true");

        assertThat(statuses(execution).values()).containsOnly("PLANNED");
        assertThat(puts()).isEqualTo(putsBefore);
        assertThat(JobOutcome.of(execution).summaryLines())
                .anyMatch(line -> line.contains("max_concurrent_calls 25 → 150"));
    }

    @Test
    void theAnalyticsSyncGoesThroughTheOutboxAndAReceiverThatRefusesItEndsDeadWithItsReasonWhileTheUpdateStands()
            throws Exception {
        try (WebhookReceiver analytics = new WebhookReceiver()) {
            analytics.answer(400);
            harness.with("cxone-batch.pacing.analytics-webhook-uri", analytics.uri());
            JobExecution execution;
            try (ConfigurableApplicationContext context = harness.start()) {
                OutboxRelayRunner relay = context.getBean(OutboxRelayRunner.class);
                relay.start();
                execution = context.getBean(JobRunner.class).start(PacingJob.NAME, Map.of("plan", plan(row("PRED-0001", 150, "0.85")).toString()));
                assertThat(relay.drain(execution.getId(), Duration.ofSeconds(20)).dead()).isEqualTo(1);
            }

            assertThat(statuses(execution).values()).containsOnly("DONE");
            assertThat(maxConcurrentCalls("PRED-0001")).isEqualTo(150);
            assertThat(analytics.deliveries()).singleElement().satisfies(delivery -> {
                assertThat(delivery.topic()).isEqualTo("pacing.updated");
                assertThat(delivery.body()).contains("\"externalKey\": \"PRED-0001\"", "\"field\": \"max_concurrent_calls\"");
            });
            assertThat(harness.jdbc().sql("SELECT last_error FROM outbox_message WHERE job_execution_id = ?").param(execution.getId())
                    .query(String.class).single()).contains("refused it for good", "HTTP 400");
            assertThat(harness.jdbc().sql("SELECT count(*) FROM audit_event WHERE action = 'NOTIFICATION_DEAD' AND campaign_ref = 'PRED-0001'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }
}
