package io.cxonebatch.bootstrap.bench;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * When the sandbox saw a run's traffic, measured from the child's launch and sampled every
 * {@link TrafficWatch#SAMPLE}: its first request of any kind, its first campaign creation (the provision step has
 * begun), the moment half the plan's campaigns had been created, and its last request. Null where the run never got
 * that far.
 */
record TrafficSpan(@Nullable Duration firstRequest, @Nullable Duration firstCreate, @Nullable Duration halfwayCreate,
        @Nullable Duration lastRequest) {

    /** From the first request to the last: the time the job spent talking to CXone. */
    @Nullable Duration api() {
        return firstRequest == null || lastRequest == null ? null : lastRequest.minus(firstRequest);
    }

    /** From the first campaign creation to the last request: the provision step, seen from the server. */
    @Nullable Duration provision() {
        return firstCreate == null || lastRequest == null ? null : lastRequest.minus(firstCreate);
    }

    /** From the halfway mark to the last request: the second half of the provision step, past the JIT's warm-up. */
    @Nullable Duration secondHalf() {
        return halfwayCreate == null || lastRequest == null ? null : lastRequest.minus(halfwayCreate);
    }
}
