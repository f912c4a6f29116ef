package io.cxonebatch.bootstrap.bench;

import java.time.Duration;

/** How long one stage of the crossref took on its own for {@code rows} rows. */
record StageTime(String stage, long rows, Duration took) {

    static StageTime since(String stage, long rows, long startedNanos) {
        return new StageTime(stage, rows, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    double rowsPerSecond() {
        return rows / (took.toNanos() / 1e9);
    }
}
