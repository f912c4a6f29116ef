package io.cxonebatch.bootstrap.batch.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Result;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Started;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real cxone-batch process killed (-9) in the middle of dialer-parameter-update, then restarted. */
class PacingCrashIT {

    private static final int CAMPAIGNS = 20;
    private static final String SETTINGS_ROUTE = "/api/v2/outbound/campaigns/{id}";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private JobHarness harness;

    @BeforeEach
    void start() throws Exception {
        sandbox = JobHarness.sandbox().start();
        harness = new JobHarness(sandbox, dataDir);
        TrackedCampaigns.provision(harness, dataDir, CAMPAIGNS, 0);
        sandbox.faults().latencyMillis(100);
    }

    @AfterEach
    void stop() {
        harness.close();
        sandbox.close();
    }

    @Test
    void aRunKilledMidPlanIsFinishedByARestartWithEveryCampaignUpdatedOnceAndNoPutWithoutIfMatch() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= CAMPAIGNS; n++) {
            rows.add(PacingJobIT.row(TrackedCampaigns.predictiveKey(n), 100 + n, "0.8"));
        }
        Path plan = TrackedCampaigns.file(dataDir.resolve("pacing.csv"), PacingJobIT.HEADER, rows);
        long putsBefore = sandbox.inspect().requestCount("PUT", SETTINGS_ROUTE);
        CxoneBatchProcess cxoneBatch = new CxoneBatchProcess(dataDir, harness.database, sandbox).with("cxone-batch.pacing.concurrency", 1);

        Started first = cxoneBatch.start("run", "dialer-parameter-update", "plan=" + plan);
        awaitUpdates(first, 5);
        first.kill();
        long updatedBeforeCrash = count("SELECT count(*) FROM audit_event WHERE action = 'PACING_UPDATE' AND outcome = 'SUCCESS'");
        assertThat(updatedBeforeCrash).as("killed mid-plan").isBetween(5L, CAMPAIGNS - 1L);
        long executionId = count("SELECT max(job_execution_id) FROM batch_job_execution");

        Result restart = cxoneBatch.start("restart", Long.toString(executionId)).finish();

        assertThat(restart.exitCode()).as(restart.output()).isZero();
        assertThat(count("SELECT count(*) FROM staged_item WHERE job_name = 'dialer-parameter-update' AND status IN ('DONE', 'ALREADY_DONE')"))
                .isEqualTo(CAMPAIGNS);
        assertThat(sandbox.inspect().requestCount("PUT", SETTINGS_ROUTE) - putsBefore)
                .as("one PUT per campaign, and at most the one in flight at the kill twice").isBetween((long) CAMPAIGNS, CAMPAIGNS + 1L);
        assertThat(sandbox.inspect().outboundSettingsPutsWithoutIfMatch()).isZero();
        for (int n = 1; n <= CAMPAIGNS; n++) {
            String id = JdbcClient.create(harness.database.dataSource()).sql("SELECT campaign_id FROM known_campaign WHERE external_key = ?")
                    .param(TrackedCampaigns.predictiveKey(n)).query(String.class).single();
            Map<String, Object> settings = sandbox.inspect().campaign(id).orElseThrow().outboundSettings();
            assertThat(((Number) settings.get("maxConcurrentCalls")).intValue()).isEqualTo(100 + n);
        }
    }

    private void awaitUpdates(Started started, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + CxoneBatchProcess.LIMIT.toNanos();
        while (count("SELECT count(*) FROM audit_event WHERE action = 'PACING_UPDATE' AND outcome = 'SUCCESS'") < atLeast) {
            if (!started.process().isAlive()) {
                throw new AssertionError("cxone-batch ended (exit " + started.process().exitValue() + ") before it was killed");
            }
            if (System.nanoTime() > deadline) {
                started.kill();
                throw new AssertionError("cxone-batch updated fewer than " + atLeast + " campaigns in " + CxoneBatchProcess.LIMIT);
            }
            Thread.sleep(10);
        }
    }

    private long count(String sql) {
        return JdbcClient.create(harness.database.dataSource()).sql(sql).query(Long.class).single();
    }
}
