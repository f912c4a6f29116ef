package io.cxonebatch.bootstrap.api;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import org.jspecify.annotations.Nullable;

/**
 * What a run did to its items, as its last step recorded it (the counts behind the CLI's exit code).
 *
 * @param clean nothing rejected and nothing failed
 */
record CountsResponse(long read, long done, long alreadyDone, long rejected, long failed, boolean clean) {

    /** Null while the run has recorded no result (still running, or it failed before its last step). */
    static @Nullable CountsResponse of(JobOutcome outcome) {
        JobResult result = outcome.result();
        return result == null ? null
                : new CountsResponse(result.read(), result.done(), result.alreadyDone(), result.rejected(), result.failed(),
                        result.clean());
    }
}
