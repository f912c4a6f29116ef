package io.cxonebatch.application.kit;

import java.util.concurrent.TimeUnit;

/** Measures calls for the audit record, on the monotonic clock so that wall-clock changes do not skew it. */
public final class Latency {

    private Latency() {
    }

    public static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
