package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class JobResultsTest {

    private final List<AuditEvent> audited = new ArrayList<>();
    private final RunAudit runAudit = new RunAudit(audited::addAll, Clock.systemUTC());

    private static JobExecution completed() {
        JobExecution execution = new JobExecution(12, new JobInstance(3, "some-job"), new JobParameters());
        execution.setStatus(BatchStatus.COMPLETED);
        return execution;
    }

    @Test
    void aRecordedResultReadsBackWhole() {
        JobExecution execution = completed();
        JobResult result = new JobResult(10, 6, 1, 2, 1, List.of("line one", "line two"), List.of("/tmp/report.csv"));

        JobResults.record(execution, result);

        assertThat(JobResults.of(execution)).contains(result);
        assertThat(JobOutcome.of(execution).clean()).isFalse();
        assertThat(JobOutcome.of(execution).summaryLines()).containsExactly("line one", "line two");
    }

    @Test
    void aRunThatCompletesWithoutRecordingItsResultIsMarkedFailedAndNeverCountsAsClean() {
        JobExecution execution = completed();

        runAudit.afterJob(execution);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitDescription()).contains("without recording its result");
        assertThat(JobOutcome.of(execution).clean()).isFalse();
        assertThat(audited).singleElement().satisfies(event -> assertThat(event.details().get("status")).isEqualTo("FAILED"));
    }

    @Test
    void aCleanRecordedResultLeavesTheRunCompletedAndAuditsItsCounts() {
        JobExecution execution = completed();
        JobResults.record(execution, new JobResult(4, 3, 1, 0, 0, List.of(), List.of()));

        runAudit.afterJob(execution);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobOutcome.of(execution).clean()).isTrue();
        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.details().get("done")).isEqualTo(3L);
            assertThat(event.details().get("alreadyDone")).isEqualTo(1L);
        });
    }
}
