package io.cxonebatch.bootstrap.batch.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Result;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Started;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills a real cxone-batch process with SIGKILL in the middle of provisioning, then restarts the execution and
 * runs the plan again: every row must end with exactly one campaign and one dialer rule in CXone.
 */
class ProvisioningCrashIT {

    private static final int ROWS = 240;
    private static final int CONCURRENCY = 4;

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private TestDatabase database;

    @BeforeEach
    void start() {
        sandbox = CxoneSandbox.builder().port(0).clientId(ProvisioningJobIT.CLIENT_ID)
                .clientSecret(ProvisioningJobIT.CLIENT_SECRET).start();
        // Slow enough that the kill lands mid-run, whatever the machine.
        sandbox.faults().latencyMillis(15);
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        database.close();
    }

    @Test
    void aKilledRunRestartedAndRunAgainLeavesExactlyOneCampaignAndRulePerRow() throws Exception {
        Path plan = PlanFiles.write(dataDir.resolve("plan.csv"), ROWS);

        Started first = cxoneBatch("run", "campaign-provisioning", "plan=" + plan);
        awaitCampaigns(first.process(), ROWS / 3);
        first.kill();
        long created = sandbox.inspect().campaigns().size();
        assertThat(created).as("campaigns when killed").isBetween(1L, (long) ROWS - 1);

        long executionId = jdbc().sql("SELECT max(job_execution_id) FROM batch_job_execution").query(Long.class).single();
        assertThat(jdbc().sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?").param(executionId)
                .query(String.class).single()).isEqualTo("STARTED");

        Result restart = cxoneBatch("restart", Long.toString(executionId)).finish();
        assertThat(restart.exitCode()).as(restart.output()).isZero();
        assertThat(sandbox.inspect().campaigns()).hasSize(ROWS);
        assertThat(sandbox.inspect().dialerRules()).hasSize((int) PlanFiles.predictiveRows(ROWS));
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
        long runId = jdbc().sql("SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?")
                .param(executionId).query(Long.class).single();
        Map<String, Long> settled = statusCounts(runId);
        assertThat(settled.keySet()).as("statuses after the restart").isSubsetOf("PROVISIONED", "ALREADY_PRESENT");
        assertThat(settled.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ROWS);
        // Rows are recorded as they finish, so only those in flight at the kill (one per thread) can look untouched.
        assertThat(settled.getOrDefault("ALREADY_PRESENT", 0L)).as("rows in flight when killed").isLessThanOrEqualTo(CONCURRENCY);

        Result again = cxoneBatch("run", "campaign-provisioning", "plan=" + plan).finish();
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("provisioned 0, already present " + ROWS + ", rejected 0, failed 0");
        assertThat(sandbox.inspect().campaigns()).hasSize(ROWS);
        assertThat(sandbox.inspect().dialerRules()).hasSize((int) PlanFiles.predictiveRows(ROWS));
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
    }

    private Map<String, Long> statusCounts(long runId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc().sql("SELECT status, count(*) FROM plan_row WHERE run_id = ? GROUP BY status").param(runId)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private void awaitCampaigns(Process process, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + CxoneBatchProcess.LIMIT.toNanos();
        while (sandbox.inspect().campaigns().size() < atLeast) {
            if (!process.isAlive()) {
                throw new AssertionError("cxone-batch ended (exit " + process.exitValue() + ") before it was killed; "
                        + "campaigns created: " + sandbox.inspect().campaigns().size());
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("cxone-batch created only " + sandbox.inspect().campaigns().size()
                        + " campaigns in " + CxoneBatchProcess.LIMIT);
            }
            Thread.sleep(20);
        }
    }

    private Started cxoneBatch(String... arguments) throws IOException {
        return new CxoneBatchProcess(dataDir, database, sandbox).with("cxone-batch.provisioning.concurrency", CONCURRENCY)
                .with("cxone-batch.provisioning.chunk-size", 8).start(arguments);
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
    }
}
