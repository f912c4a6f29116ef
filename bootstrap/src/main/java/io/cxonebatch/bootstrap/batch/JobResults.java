package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.JobResult;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Keeps a job's {@link JobResult} in its execution context, where the job repository persists it with the execution
 * and every command (run, status, JMX, Quartz) reads it back. The one place that knows the keys.
 */
public final class JobResults {

    private static final String PREFIX = "result.";
    private static final String RECORDED = PREFIX + "recorded";
    private static final String READ = PREFIX + "read";
    private static final String DONE = PREFIX + "done";
    private static final String ALREADY_DONE = PREFIX + "alreadyDone";
    private static final String REJECTED = PREFIX + "rejected";
    private static final String FAILED = PREFIX + "failed";
    private static final String SUMMARY = PREFIX + "summary";
    private static final String FILES = PREFIX + "files";

    private JobResults() {
    }

    /** Records the run's result; the job's last step calls this. */
    public static void record(JobExecution execution, JobResult result) {
        record(execution.getExecutionContext(), result);
    }

    /**
     * Keeps a result in a step's own context, which commits with the step's work: a last step killed after its
     * commit but before it is marked done finds the result there on restart, instead of doing its work again.
     */
    public static void record(ExecutionContext context, JobResult result) {
        context.putLong(READ, result.read());
        context.putLong(DONE, result.done());
        context.putLong(ALREADY_DONE, result.alreadyDone());
        context.putLong(REJECTED, result.rejected());
        context.putLong(FAILED, result.failed());
        context.putString(SUMMARY, String.join("\n", result.summaryLines()));
        context.putString(FILES, String.join("\n", result.filesWritten()));
        context.putString(RECORDED, "true");
    }

    /** The run's result, when its last step recorded one. */
    public static Optional<JobResult> of(JobExecution execution) {
        return of(execution.getExecutionContext());
    }

    /** A result kept in this context, when there is one. */
    public static Optional<JobResult> of(ExecutionContext context) {
        if (!context.containsKey(RECORDED)) {
            return Optional.empty();
        }
        return Optional.of(new JobResult(context.getLong(READ, 0L), context.getLong(DONE, 0L), context.getLong(ALREADY_DONE, 0L),
                context.getLong(REJECTED, 0L), context.getLong(FAILED, 0L), lines(context.getString(SUMMARY, "")),
                lines(context.getString(FILES, ""))));
    }

    private static List<String> lines(String joined) {
        return joined.lines().filter(line -> !line.isBlank()).toList();
    }
}
