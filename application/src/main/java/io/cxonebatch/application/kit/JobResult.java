package io.cxonebatch.application.kit;

import java.util.List;

/**
 * What a job run did, as its last step records it: the counts behind the exit code and the lines of its summary.
 * A run that completes without recording one is not taken for a clean run (see the bootstrap's {@code JobOutcome}).
 *
 * @param read items the run looked at
 * @param done items carried out (in a dry run: planned)
 * @param alreadyDone items that needed nothing
 * @param rejected items a rule refused, or other things the run refused (they keep the exit code from 0)
 * @param failed items, or other work of the run, that could not be carried out (they keep the exit code from 0)
 * @param summaryLines what the person who ran it is shown, in order
 * @param filesWritten the files the run wrote (reports, rejects), as absolute paths
 */
public record JobResult(long read, long done, long alreadyDone, long rejected, long failed, List<String> summaryLines,
        List<String> filesWritten) {

    public JobResult {
        if (read < 0 || done < 0 || alreadyDone < 0 || rejected < 0 || failed < 0) {
            throw new IllegalArgumentException("a job result counts nothing below zero");
        }
        summaryLines = List.copyOf(summaryLines);
        filesWritten = List.copyOf(filesWritten);
    }

    /** A run's result from its item counts; planned items count as done, pending ones only as read. */
    public static JobResult of(ItemCounts counts, List<String> summaryLines, List<String> filesWritten) {
        return new JobResult(counts.total(), counts.of(ItemStatus.DONE) + counts.of(ItemStatus.PLANNED),
                counts.of(ItemStatus.ALREADY_DONE), counts.of(ItemStatus.REJECTED), counts.of(ItemStatus.FAILED),
                summaryLines, filesWritten);
    }

    /** The same result with more failures (work of the run outside its items, e.g. a webhook). */
    public JobResult withFailed(long more) {
        return new JobResult(read, done, alreadyDone, rejected, failed + more, summaryLines, filesWritten);
    }

    public boolean clean() {
        return rejected == 0 && failed == 0;
    }
}
