package io.cxonebatch.bootstrap.batch;

import org.springframework.batch.core.step.StepContribution;

/** Puts what a tasklet's use case reports into the step's counts, which {@code status} and the job repository show. */
public final class StepCounts {

    private StepCounts() {
    }

    public static void add(StepContribution contribution, long read, long written) {
        // Spring Batch counts reads one at a time.
        for (long i = 0; i < read; i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(written);
    }
}
