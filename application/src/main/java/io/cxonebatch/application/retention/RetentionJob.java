package io.cxonebatch.application.retention;

/** staging-retention: removes the working data of runs that ended long ago; never an audit row. */
public final class RetentionJob {

    public static final String NAME = "staging-retention";

    private RetentionJob() {
    }
}
