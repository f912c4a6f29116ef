package io.cxonebatch.application.service;

import java.util.concurrent.TimeUnit;

/** Measures CXone calls for the audit record, on the monotonic clock so that wall-clock changes do not skew it. */
final class Latency {

    private Latency() {
    }

    static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
