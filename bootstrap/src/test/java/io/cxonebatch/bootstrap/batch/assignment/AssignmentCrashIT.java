package io.cxonebatch.bootstrap.batch.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Result;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Started;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.bootstrap.batch.WebhookReceiver;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real cxone-batch process killed (-9) in the middle of agent-assignment, while the workforce-management webhook
 * is refusing: the restart finishes the campaigns left, and every dispatch recorded, before the crash or after it,
 * reaches the webhook once it answers again.
 */
class AssignmentCrashIT {

    private static final int CAMPAIGNS = 6;
    private static final int AGENTS = 4;

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private JobHarness harness;
    private WebhookReceiver workforce;

    @BeforeEach
    void start() throws Exception {
        sandbox = JobHarness.sandbox().start();
        workforce = new WebhookReceiver();
        harness = new JobHarness(sandbox, dataDir);
        TrackedCampaigns.provision(harness, dataDir, 0, CAMPAIGNS);
        // Slow enough that the kill lands between dispatches, whatever the machine.
        sandbox.faults().latencyMillis(400);
    }

    @AfterEach
    void stop() {
        workforce.close();
        harness.close();
        sandbox.close();
    }

    @Test
    void aRunKilledMidDispatchIsFinishedByARestartAndEveryRecordedDispatchIsNotifiedOnceTheWebhookAnswers() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int campaign = 1; campaign <= CAMPAIGNS; campaign++) {
            rows.addAll(AssignmentJobIT.agents(TrackedCampaigns.previewKey(campaign), 1, AGENTS));
        }
        Path roster = TrackedCampaigns.file(dataDir.resolve("roster.csv"), AssignmentJobIT.HEADER, rows);
        workforce.answer(503);
        CxoneBatchProcess cxoneBatch = new CxoneBatchProcess(dataDir, harness.database, sandbox)
                .with("cxone-batch.assignment.workforce-webhook-uri", workforce.uri())
                .with("cxone-batch.assignment.concurrency", 1)
                .with("cxone-batch.outbox.first-backoff", "200ms")
                .with("cxone-batch.outbox.max-backoff", "1s")
                .with("cxone-batch.outbox.lease", "3s");

        Started first = cxoneBatch.start("run", "agent-assignment", "roster=" + roster);
        awaitDispatches(first, 2);
        first.kill();
        long dispatchedBeforeCrash = count("SELECT count(*) FROM agent_dispatch");
        assertThat(dispatchedBeforeCrash).as("killed mid-run").isBetween(2L, CAMPAIGNS - 1L);
        long executionId = count("SELECT max(job_execution_id) FROM batch_job_execution");
        workforce.answer(200);

        Result restart = cxoneBatch.start("restart", Long.toString(executionId)).finish();

        assertThat(restart.exitCode()).as(restart.output()).isZero();
        assertThat(restart.output()).contains("Notifications of this run: delivered");
        assertThat(count("SELECT count(DISTINCT campaign_id) FROM agent_dispatch")).isEqualTo(CAMPAIGNS);
        long dispatches = count("SELECT count(*) FROM agent_dispatch");
        assertThat(dispatches).as("at most the dispatch in flight at the kill is sent again").isBetween((long) CAMPAIGNS, CAMPAIGNS + 1L);
        assertThat(sandbox.inspect().agentAssignmentHistory()).hasSizeBetween(CAMPAIGNS, CAMPAIGNS + 1);
        assertThat(count("SELECT count(*) FROM staged_item WHERE job_name = 'agent-assignment' AND status = 'DONE'"))
                .isEqualTo((long) CAMPAIGNS * AGENTS);
        assertThat(count("SELECT count(*) FROM outbox_message")).as("one notification per recorded dispatch").isEqualTo(dispatches);
        assertThat(count("SELECT count(*) FROM outbox_message WHERE status = 'DELIVERED'")).isEqualTo(dispatches);
        List<String> delivered = workforce.deliveries().stream().filter(d -> d.body().contains("assignmentId"))
                .map(WebhookReceiver.Delivery::idempotencyKey).distinct().toList();
        assertThat(delivered).as("every notification reached the webhook, those written before the crash too").hasSize((int) dispatches);
    }

    private void awaitDispatches(Started started, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + CxoneBatchProcess.LIMIT.toNanos();
        while (count("SELECT count(*) FROM agent_dispatch") < atLeast) {
            if (!started.process().isAlive()) {
                throw new AssertionError("cxone-batch ended (exit " + started.process().exitValue() + ") before it was killed");
            }
            if (System.nanoTime() > deadline) {
                started.kill();
                throw new AssertionError("cxone-batch recorded fewer than " + atLeast + " dispatches in " + CxoneBatchProcess.LIMIT);
            }
            Thread.sleep(10);
        }
    }

    private long count(String sql) {
        return JdbcClient.create(harness.database.dataSource()).sql(sql).query(Long.class).single();
    }
}
