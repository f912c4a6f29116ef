package io.cxonebatch.bootstrap.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Started;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.provisioning.PlanFiles;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two {@code serve} processes on one database, as two nodes of a cluster: each firing of a schedule runs once, on one
 * of them, and the work of a node killed mid-run is finished by the other.
 */
class ClusterIT {

    private static final int ROWS = 150;

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private TestDatabase database;
    private final List<Started> nodes = new java.util.ArrayList<>();

    @BeforeEach
    void start() {
        sandbox = JobHarness.sandbox().start();
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Started node : nodes) {
            node.kill();
        }
        sandbox.close();
        database.close();
    }

    @Test
    void everyFiringOfAFastScheduleRunsExactlyOnceAcrossTwoNodes() throws Exception {
        Started first = node("campaign-status-monitor", "0/2 * * * * ?");
        Started second = node("campaign-status-monitor", "0/2 * * * * ?");
        await(Duration.ofSeconds(90), () -> runs() >= 8, first, second);
        for (Started node : List.of(first, second)) {
            node.process().destroy();
            assertThat(node.process().waitFor(60, TimeUnit.SECONDS)).as("the node stops on SIGTERM").isTrue();
        }

        List<String> firings = jdbc().sql("""
                SELECT p.parameter_value FROM batch_job_execution_params p JOIN batch_job_execution e USING (job_execution_id)
                WHERE p.parameter_name = 'launched.by' ORDER BY e.job_execution_id""").query(String.class).list();
        assertThat(firings).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates().allMatch(f -> f.startsWith("quartz:campaign-status-monitor@"));
        assertThat(jdbc().sql("SELECT count(*) FROM batch_job_execution WHERE status <> 'COMPLETED'").query(Long.class).single())
                .as("runs not completed").isZero();
        assertThat(jdbc().sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single())
                .as("one run per firing").isEqualTo(firings.size());
    }

    @Test
    void theWorkOfANodeKilledMidRunIsFinishedByTheOtherWithNothingCreatedTwice() throws Exception {
        Path plan = PlanFiles.write(dataDir.resolve("plan.csv"), ROWS);
        sandbox.faults().latencyMillis(40);
        // Fires once, a few seconds from now, when both nodes are up.
        ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(25);
        String once = String.format("%d %d %d %d %d ? %d", at.getSecond(), at.getMinute(), at.getHour(), at.getDayOfMonth(),
                at.getMonthValue(), at.getYear());
        Started first = node("campaign-provisioning", once, Map.of("cxone-batch.schedules.campaign-provisioning.parameters.plan", plan));
        Started second = node("campaign-provisioning", once, Map.of("cxone-batch.schedules.campaign-provisioning.parameters.plan", plan));

        await(Duration.ofSeconds(120), () -> sandbox.inspect().campaigns().size() >= ROWS / 4, first, second);
        String owner = jdbc().sql("SELECT details->>'owner' FROM audit_event WHERE action = 'JOB_STARTED'").query(String.class).single();
        long ownerPid = Long.parseLong(owner.substring(owner.lastIndexOf(':') + 1));
        Started victim = first.process().pid() == ownerPid ? first : second;
        Started survivor = victim == first ? second : first;
        victim.kill();
        int createdWhenKilled = sandbox.inspect().campaigns().size();
        assertThat(createdWhenKilled).as("campaigns when the node was killed").isLessThan(ROWS);

        await(Duration.ofSeconds(150), () -> runs() == 1, survivor);
        assertThat(sandbox.inspect().campaigns()).hasSize(ROWS);
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
        List<String> statuses = jdbc().sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id").query(String.class).list();
        assertThat(statuses).as("the killed run, then its resumption on the other node").containsExactly("FAILED", "COMPLETED");
        assertThat(jdbc().sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single()).as("one run").isOne();
        assertThat(Files.readString(survivor.log())).contains("Resuming execution");
    }

    private Started node(String job, String cron) throws IOException {
        return node(job, cron, Map.of());
    }

    private Started node(String job, String cron, Map<String, Object> more) throws IOException {
        CxoneBatchProcess process = new CxoneBatchProcess(dataDir, database, sandbox)
                .with("cxone-batch.schedules." + job + ".cron", cron)
                .with("cxone-batch.schedules." + job + ".zone", "UTC")
                .with("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", 1000)
                .with("cxone-batch.provisioning.concurrency", 2)
                .with("cxone-batch.provisioning.chunk-size", 4);
        more.forEach(process::with);
        Started started = process.start("serve", "--port", "0");
        nodes.add(started);
        return started;
    }

    private long runs() {
        return jdbc().sql("SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'").query(Long.class).single();
    }

    private static void await(Duration limit, BooleanSupplier condition, Started... alive) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            for (Started node : alive) {
                if (!node.process().isAlive()) {
                    throw new AssertionError("a node ended (exit " + node.process().exitValue() + "):\n" + Files.readString(node.log()));
                }
            }
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                for (Started node : alive) {
                    logs.append(Files.readString(node.log())).append("\n----\n");
                }
                throw new AssertionError("not reached in " + limit + ":\n" + logs);
            }
            Thread.sleep(200);
        }
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
    }
}
