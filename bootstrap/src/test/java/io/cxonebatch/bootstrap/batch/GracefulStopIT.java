package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Result;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Started;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A SIGTERM to a real process in the middle of a run: the run ends STOPPED, and a restart finishes it, once. */
class GracefulStopIT {

    private static final int ROWS = 300;
    private static final String CREATE = "/api/v2/campaigns";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private TestDatabase database;

    @BeforeEach
    void start() {
        sandbox = JobHarness.sandbox().start();
        // Slow enough that the signal lands mid-run, whatever the machine.
        sandbox.faults().latencyMillis(50);
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        database.close();
    }

    @Test
    void aTerminatedRunStopsAtItsNextBoundaryRestartableAndTheRestartCreatesNothingTwice() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            rows.add(String.format("STOP-%03d,Stop campaign %03d,PROGRESSIVE,OUTBOUND_SALES,America/New_York,2027-01-04T08:00,"
                    + "2027-01-04T17:00,,,,,queue_stop_%d,,,false", n, n, n));
        }
        Path plan = TrackedCampaigns.file(dataDir.resolve("plan.csv"), TrackedCampaigns.HEADER, rows);
        CxoneBatchProcess cxoneBatch = new CxoneBatchProcess(dataDir, database, sandbox).with("cxone-batch.provisioning.concurrency", 2);

        Started run = cxoneBatch.start("run", "campaign-provisioning", "plan=" + plan);
        long deadline = System.nanoTime() + CxoneBatchProcess.LIMIT.toNanos();
        while (sandbox.inspect().requestCount("POST", CREATE, 201) < 30) {
            assertThat(run.process().isAlive()).as("still running").isTrue();
            assertThat(System.nanoTime()).as("created 30 campaigns in time").isLessThan(deadline);
            Thread.sleep(10);
        }
        run.process().destroy();
        assertThat(run.process().waitFor(90, TimeUnit.SECONDS)).as("ended on its own after SIGTERM").isTrue();

        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        long executionId = jdbc.sql("SELECT max(job_execution_id) FROM batch_job_execution").query(Long.class).single();
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?").param(executionId)
                .query(String.class).single()).isEqualTo("STOPPED");
        assertThat(sandbox.inspect().requestCount("POST", CREATE, 201)).as("stopped before the end").isLessThan(ROWS);

        Result restart = cxoneBatch.start("restart", Long.toString(executionId)).finish();

        assertThat(restart.exitCode()).as(restart.output()).isZero();
        assertThat(sandbox.inspect().campaigns()).hasSize(ROWS);
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
    }
}
