package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One execution in full, as {@code status} shows it.
 *
 * @param exitDescription as Spring Batch recorded it (a stack trace, for a failure)
 * @param failure why the run did not complete, in one line; null when it completed or has not ended
 * @param counts the job's own counts, null until its last step records them
 * @param summary the lines of the summary {@code run} prints
 */
record ExecutionResponse(long id, String job, String status, String exitCode, String exitDescription, @Nullable String failure,
        Map<String, String> parameters, @Nullable String launchedBy, @Nullable OffsetDateTime startTime,
        @Nullable OffsetDateTime endTime, List<Step> steps, @Nullable CountsResponse counts, List<String> summary) {

    static ExecutionResponse of(JobExecution execution) {
        JobOutcome outcome = JobOutcome.of(execution);
        Map<String, String> parameters = new TreeMap<>();
        execution.getJobParameters().parameters().forEach(parameter -> parameters.put(parameter.name(), String.valueOf(parameter.value())));
        boolean failed = !outcome.completed() && !execution.isRunning() && !outcome.failure().isBlank();
        return new ExecutionResponse(execution.getId(), outcome.jobName(), outcome.status().name(), execution.getExitStatus().getExitCode(),
                execution.getExitStatus().getExitDescription(), failed ? outcome.failure() : null, parameters,
                execution.getJobParameters().getString(JobRunner.LAUNCHED_BY), time(execution.getStartTime()),
                time(execution.getEndTime()), execution.getStepExecutions().stream().map(Step::of).toList(),
                CountsResponse.of(outcome), outcome.summaryLines());
    }

    /** Spring Batch records local times of the process that ran the job; the offset makes them instants for a client. */
    static @Nullable OffsetDateTime time(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** A step of the execution, with Spring Batch's counts. */
    record Step(String name, String status, String exitCode, long readCount, long writeCount, long filterCount, long skipCount,
            long commitCount, long rollbackCount, @Nullable OffsetDateTime startTime, @Nullable OffsetDateTime endTime) {

        static Step of(StepExecution step) {
            return new Step(step.getStepName(), step.getStatus().name(), step.getExitStatus().getExitCode(), step.getReadCount(),
                    step.getWriteCount(), step.getFilterCount(), step.getSkipCount(), step.getCommitCount(), step.getRollbackCount(),
                    time(step.getStartTime()), time(step.getEndTime()));
        }
    }
}
