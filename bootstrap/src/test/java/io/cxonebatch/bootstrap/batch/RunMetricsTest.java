package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.JobResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class RunMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunMetrics metrics = new RunMetrics(registry);

    private static JobExecution execution(long id, BatchStatus status) {
        JobExecution execution = new JobExecution(id, new JobInstance(3, "some-job"), new JobParameters());
        execution.setStatus(status);
        return execution;
    }

    private double items(String outcome) {
        Counter counter = registry.find("cxone.batch.job.items").tag("job", "some-job").tag("outcome", outcome).counter();
        return counter == null ? -1 : counter.count();
    }

    @Test
    void countsEachRunsItemsByOutcomeFromTheResultItRecorded() {
        JobExecution first = execution(12, BatchStatus.COMPLETED);
        JobResults.record(first, new JobResult(10, 6, 1, 2, 1, List.of(), List.of()));
        JobExecution second = execution(13, BatchStatus.COMPLETED);
        JobResults.record(second, new JobResult(4, 4, 0, 0, 0, List.of(), List.of()));

        metrics.afterJob(first);
        metrics.afterJob(second);

        assertThat(items("done")).isEqualTo(10);
        assertThat(items("already_done")).isEqualTo(1);
        assertThat(items("rejected")).isEqualTo(2);
        assertThat(items("failed")).as("a zero still shows the series").isEqualTo(1);
    }

    @Test
    void aRunThatRecordedNoResultCountsNothingSoThatItsRestartCountsEachItemOnce() {
        metrics.afterJob(execution(12, BatchStatus.FAILED));

        assertThat(registry.find("cxone.batch.job.items").counters()).isEmpty();
    }
}
