package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.monitor.MonitorJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** The newest executions are found by execution, so a restart of an older instance is not missed. */
class ExecutionHistoryIT {

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
    void aRestartOfAnOlderInstanceIsTheNewestExecution() throws Exception {
        JobExecution first = harness.run(MonitorJob.NAME, Map.of());
        // As if the first run had failed: only a FAILED or STOPPED execution may be restarted.
        harness.jdbc().sql("UPDATE batch_job_execution SET status = 'FAILED', exit_code = 'FAILED' WHERE job_execution_id = :id")
                .param("id", first.getId()).update();
        JobExecution second = harness.run(MonitorJob.NAME, Map.of());
        JobExecution restart = harness.restart(first.getId());
        assertThat(restart.getJobInstanceId()).isEqualTo(first.getJobInstanceId()).isLessThan(second.getJobInstanceId());

        try (ConfigurableApplicationContext context = harness.start()) {
            ExecutionHistory history = new ExecutionHistory(harness.database.dataSource(), context.getBean(JobRepository.class));

            assertThat(history.last(MonitorJob.NAME)).map(JobExecution::getId).hasValue(restart.getId());
            assertThat(history.newest(List.of(MonitorJob.NAME), 1)).extracting(JobExecution::getId).containsExactly(restart.getId());
            assertThat(history.newest(List.of(MonitorJob.NAME, "agent-assignment"), 10)).extracting(JobExecution::getId)
                    .containsExactly(restart.getId(), second.getId(), first.getId());
            assertThat(history.last("agent-assignment")).isEmpty();
            assertThat(history.newest(List.of(MonitorJob.NAME), 0)).isEmpty();
        }
    }
}
