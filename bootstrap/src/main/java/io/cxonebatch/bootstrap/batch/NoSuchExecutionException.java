package io.cxonebatch.bootstrap.batch;

/** A job execution id that the job repository does not have. */
public class NoSuchExecutionException extends IllegalArgumentException {

    private final long executionId;

    public NoSuchExecutionException(long executionId) {
        super("No job execution " + executionId + " (see 'cxone-batch jobs')");
        this.executionId = executionId;
    }

    public long executionId() {
        return executionId;
    }
}
