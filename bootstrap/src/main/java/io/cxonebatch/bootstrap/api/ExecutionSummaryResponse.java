package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;

/** One execution in a list: which job, who launched it, how it went and when. */
record ExecutionSummaryResponse(long id, String job, String status, String exitCode, @Nullable String launchedBy,
        @Nullable OffsetDateTime startTime, @Nullable OffsetDateTime endTime, @Nullable CountsResponse counts) {

    static ExecutionSummaryResponse of(JobExecution execution) {
        return new ExecutionSummaryResponse(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus().name(),
                execution.getExitStatus().getExitCode(), execution.getJobParameters().getString(JobRunner.LAUNCHED_BY),
                ExecutionResponse.time(execution.getStartTime()), ExecutionResponse.time(execution.getEndTime()),
                CountsResponse.of(JobOutcome.of(execution)));
    }
}
