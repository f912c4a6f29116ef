package io.cxonebatch.bootstrap.batch;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a finished job execution means to the person who ran it. Jobs put their item counts and summary lines
 * into the job's execution context under the keys below; this reads them back.
 */
public record JobOutcome(long executionId, String jobName, BatchStatus status, String failure,
        long rejected, long failed, List<String> summaryLines) {

    /** Items rejected by a rule (bad input, conflicts). */
    public static final String REJECTED = "outcome.rejected";
    /** Items that were valid but could not be carried out. */
    public static final String FAILED = "outcome.failed";
    /** Lines the job wants shown in the summary, joined by newlines. */
    public static final String SUMMARY = "outcome.summary";

    public static JobOutcome of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        String summary = context.containsKey(SUMMARY) ? context.getString(SUMMARY) : "";
        List<String> lines = new ArrayList<>();
        for (String line : summary.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return new JobOutcome(
                execution.getId(),
                execution.getJobInstance().getJobName(),
                execution.getStatus(),
                why(execution),
                context.getLong(REJECTED, 0L),
                context.getLong(FAILED, 0L),
                List.copyOf(lines));
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

    public boolean clean() {
        return completed() && rejected == 0 && failed == 0;
    }
}
