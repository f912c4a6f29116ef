package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.JobResult;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * What a finished job execution means to the person who ran it: its status, why it failed, and the
 * {@link JobResult} its last step recorded (see {@link JobResults}); null when it recorded none, which never counts
 * as clean.
 */
public record JobOutcome(long executionId, String jobName, BatchStatus status, String failure, @Nullable JobResult result) {

    public static JobOutcome of(JobExecution execution) {
        return new JobOutcome(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus(), why(execution),
                JobResults.of(execution).orElse(null));
    }

    /**
     * Why the run failed, for people: the message of the exception that stopped it when this process ran it, else
     * the first line of the recorded exit description (a stack trace, for executions read back from the database).
     */
    private static String why(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            String message = firstTellingMessage(failure);
            if (message != null) {
                return message;
            }
        }
        String description = execution.getExitStatus().getExitDescription();
        int newline = description.indexOf('\n');
        return (newline < 0 ? description : description.substring(0, newline)).strip();
    }

    /** Skips the wrappers the framework and the executor add ("Unable to process chunk") for the cause within. */
    private static @Nullable String firstTellingMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            boolean wrapper = t.getClass().getName().startsWith("org.springframework.batch.")
                    || t instanceof java.util.concurrent.ExecutionException;
            if (!wrapper && t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return failure.getMessage();
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    /** COMPLETED, with a recorded result that has nothing rejected or failed. */
    public boolean clean() {
        return completed() && result != null && result.clean();
    }

    public long rejected() {
        return result == null ? 0 : result.rejected();
    }

    public long failed() {
        return result == null ? 0 : result.failed();
    }

    public List<String> summaryLines() {
        return result == null ? List.of() : result.summaryLines();
    }
}
