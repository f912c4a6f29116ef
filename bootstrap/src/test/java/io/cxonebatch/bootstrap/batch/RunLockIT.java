package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.RunLocks.RunLock;
import io.cxonebatch.adapters.persistence.RunLocks;
import io.cxonebatch.application.monitor.MonitorJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run of a job at a time across processes, by the job's run lock: a start is refused while another session holds
 * it, and an execution left running by a process that is gone (on any host, in any container: its lock is free)
 * is recovered.
 */
class RunLockIT {

    @TempDir
    Path dataDir;

    private JobHarness harness;

    @BeforeEach
    void start() {
        harness = JobHarness.onOwnSandbox(dataDir);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aStartIsRefusedWhileAnotherSessionHoldsTheJobsLockAndAllowedOnceItIsReleased() throws Exception {
        try (ConfigurableApplicationContext context = harness.start()) {
            JobRunner runner = context.getBean(JobRunner.class);
            RunLocks elsewhere = new RunLocks(harness.database.dataSource());
            try (RunLock held = elsewhere.tryAcquire(MonitorJob.NAME).orElseThrow()) {
                assertThatThrownBy(() -> runner.start(MonitorJob.NAME, Map.of())).isInstanceOf(JobAlreadyRunningException.class)
                        .hasMessageContaining("already running");
                assertThat(elsewhere.tryAcquire(MonitorJob.NAME)).as("a second holder").isEmpty();
                assertThat(elsewhere.tryAcquire("agent-assignment")).as("another job's lock").hasValueSatisfying(RunLock::close);
            }
            assertThat(runner.start(MonitorJob.NAME, Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(harness.jdbc().sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single())
                    .as("instances recorded for the refused start").isOne();
        }
    }

    @Test
    void theLockIsReleasedWhenTheHoldersSessionEndsWithoutAnUnlock() {
        DataSource dataSource = harness.database.dataSource();
        RunLocks locks = new RunLocks(dataSource);
        RunLock held = locks.tryAcquire(MonitorJob.NAME).orElseThrow();
        assertThat(locks.tryAcquire(MonitorJob.NAME)).isEmpty();
        // What a kill -9 of the holder amounts to, seen from PostgreSQL: its session ends.
        harness.jdbc().sql("""
                SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()""")
                .query(Boolean.class).list();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (locks.tryAcquire(MonitorJob.NAME).map(lock -> {
            lock.close();
            return false;
        }).orElse(true)) {
            assertThat(System.nanoTime()).as("lock released after the session ended").isLessThan(deadline);
        }
        held.close();
    }

    @Test
    void anExecutionLeftRunningWithoutItsLockIsRecoveredByRestartAndByTheNextStartWhateverItsRecordedOwner() throws Exception {
        try (ConfigurableApplicationContext context = harness.start()) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution first = runner.start(MonitorJob.NAME, Map.of(JobRunner.LAUNCHED_BY, "cli:day-operator"));
            abandon(first);

            JobExecution restarted = runner.restart(first.getId(), "jmx:night-operator");
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(harness.jdbc().sql("""
                            SELECT launched_by_kind || ':' || launched_by || ' ' || coalesce(restarted_by_kind || ':' || restarted_by, '-')
                            FROM audit_job_runs WHERE job_execution_id IN (?, ?) ORDER BY job_execution_id""")
                    .param(first.getId()).param(restarted.getId()).query(String.class).list())
                    .as("the restart keeps its launcher and names who resumed it")
                    .containsExactly("cli:day-operator -", "cli:day-operator jmx:night-operator");
            assertThat(harness.jdbc().sql("SELECT parameters::text FROM audit_job_runs WHERE job_execution_id = ?")
                    .param(restarted.getId()).query(String.class).single()).doesNotContain("restarted.by");
            assertThat(runner.execution(first.getId()).getStatus()).as("the abandoned execution").isEqualTo(BatchStatus.FAILED);

            abandon(restarted);
            assertThat(runner.start(MonitorJob.NAME, Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(runner.execution(restarted.getId()).getStatus()).as("recovered before the next run").isEqualTo(BatchStatus.FAILED);
        }
    }

    @Test
    void launchAnswersWithTheExecutionWhileItRunsAndRefusesASecondLaunch() throws Exception {
        harness.sandbox.faults().latencyMillis(500);
        TrackedCampaigns.provision(harness, dataDir, 3, 0);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (ConfigurableApplicationContext context = harness.start()) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution launched = runner.launch(MonitorJob.NAME, Map.of(JobRunner.LAUNCHED_BY, "api:officer"), executor);
            assertThat(launched.getId()).isPositive();
            assertThat(runner.execution(launched.getId()).getStatus()).isIn(BatchStatus.STARTING, BatchStatus.STARTED);
            assertThatThrownBy(() -> runner.launch(MonitorJob.NAME, Map.of(), executor)).isInstanceOf(JobAlreadyRunningException.class)
                    .hasMessageContaining("execution " + launched.getId());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (runner.execution(launched.getId()).isRunning()) {
                assertThat(System.nanoTime()).as("the launched run ends").isLessThan(deadline);
                Thread.sleep(50);
            }
            JobExecution ended = runner.execution(launched.getId());
            assertThat(ended.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(ended.getJobParameters().getString(JobRunner.LAUNCHED_BY)).isEqualTo("api:officer");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aStopOfARunAliveInAnotherProcessOnlyAsksItToStopAndOneWithoutAProcessIsMarkedFailed() throws Exception {
        try (ConfigurableApplicationContext context = harness.start()) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution first = runner.start(MonitorJob.NAME, Map.of());
            abandon(first);
            JobExecution elsewhere = runner.execution(first.getId());
            elsewhere.getExecutionContext().putString(RunOwner.KEY, "another-host:1");
            context.getBean(JobRepository.class).updateExecutionContext(elsewhere);
            String stepBefore = stepStatus(first);

            try (RunLock owner = new RunLocks(harness.database.dataSource()).tryAcquire(MonitorJob.NAME).orElseThrow()) {
                assertThat(runner.stop(first.getId())).isEqualTo(JobRunner.StopOutcome.REQUESTED);
                JobExecution asked = runner.execution(first.getId());
                assertThat(asked.getStatus()).as("left to its owner to end").isEqualTo(BatchStatus.STOPPING);
                assertThat(asked.getEndTime()).as("the owner still works").isNull();
                assertThat(stepStatus(first)).as("its running step, untouched").isEqualTo(stepBefore);
            }

            assertThat(runner.stop(first.getId())).as("its owner gone").isEqualTo(JobRunner.StopOutcome.ABANDONED_MARKED_FAILED);
            assertThat(runner.execution(first.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(runner.restart(first.getId(), "cli:operator").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private String stepStatus(JobExecution execution) {
        return harness.jdbc().sql("SELECT string_agg(status, ',' ORDER BY step_execution_id) FROM batch_step_execution WHERE job_execution_id = ?")
                .param(execution.getId()).query(String.class).single();
    }

    /**
     * Makes an execution look like one whose process died mid-run. Its recorded owner is this very process, alive:
     * what a container that reuses pid 1 shows. Only the free run lock tells that nobody runs it.
     */
    private void abandon(JobExecution execution) {
        harness.jdbc().sql("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL WHERE job_execution_id = ?")
                .param(execution.getId()).update();
        harness.jdbc().sql("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL "
                + "WHERE step_execution_id = (SELECT max(step_execution_id) FROM batch_step_execution WHERE job_execution_id = ?)")
                .param(execution.getId()).update();
    }
}
