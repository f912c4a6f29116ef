package io.cxonebatch.bootstrap.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one child run of the job did.
 *
 * @param exitCode the process's exit code; meaningless when {@code timedOut}
 * @param wall from launch to exit (or to the kill)
 * @param peakRssKb the child JVM's {@code VmHWM} (peak resident set, the JVM only, not its PostgreSQL), last
 *     sampled before it exited; 0 where {@code /proc} is not available
 * @param maxHeapAfterGcMb the largest heap occupancy right after a collection in the child's GC log; -1 when no
 *     collection ran
 * @param log the child's console output
 */
record JobRun(int exitCode, boolean timedOut, Duration wall, long peakRssKb, long maxHeapAfterGcMb,
        TrafficSpan traffic, Optional<RowSummary> summary, Path log) {

    /** Whether the job ended on its own with exit code 0. */
    boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** Rows per second of wall time, for {@code rows} rows. */
    double rowsPerSecond(long rows) {
        return rows / (wall.toNanos() / 1e9);
    }

    /** Rows per second over the second half of the provision step, where half of {@code rows} were created. */
    @Nullable Double secondHalfRowsPerSecond(long rows) {
        Duration half = traffic.secondHalf();
        return half == null || half.isZero() ? null : (rows - rows / 2) / (half.toNanos() / 1e9);
    }

    String outcome() {
        return timedOut ? "killed after " + Report.seconds(wall) + " s" : "exit " + exitCode;
    }
}
