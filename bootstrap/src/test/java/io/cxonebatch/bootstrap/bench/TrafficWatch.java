package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.SandboxInspection;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Polls a sandbox's request counters on a thread of its own to find when a run's traffic started and ended. */
final class TrafficWatch {

    static final Duration SAMPLE = Duration.ofMillis(20);

    private final SandboxInspection sandbox;
    private final long origin;
    private final long halfway;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long firstRequest = -1;
    private volatile long firstCreate = -1;
    private volatile long halfwayCreate = -1;
    private volatile long lastRequest = -1;

    private TrafficWatch(SandboxInspection sandbox, long origin, long halfway) {
        this.sandbox = sandbox;
        this.origin = origin;
        this.halfway = halfway;
        this.thread = new Thread(this::poll, "bench-traffic-watch");
        thread.setDaemon(true);
    }

    /**
     * Starts watching; times are measured from {@code origin}, a {@link System#nanoTime()} reading, and the
     * halfway mark is the moment the sandbox holds {@code halfway} more created campaigns than now.
     */
    static TrafficWatch start(SandboxInspection sandbox, long origin, long halfway) {
        TrafficWatch watch = new TrafficWatch(sandbox, origin, sandbox.requestCount("POST", "/api/v2/campaigns", 201) + halfway);
        watch.thread.start();
        return watch;
    }

    private void poll() {
        long seen = sandbox.totalRequests();
        while (!stopped) {
            long now = System.nanoTime() - origin;
            long total = sandbox.totalRequests();
            if (total != seen) {
                seen = total;
                if (firstRequest < 0) {
                    firstRequest = now;
                }
                lastRequest = now;
            }
            if (firstCreate < 0 && sandbox.requestCount("POST", "/api/v2/campaigns") > 0) {
                firstCreate = now;
            }
            if (halfwayCreate < 0 && sandbox.requestCount("POST", "/api/v2/campaigns", 201) >= halfway) {
                halfwayCreate = now;
            }
            try {
                Thread.sleep(SAMPLE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops watching and says what was seen. */
    TrafficSpan stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(1_000);
        return new TrafficSpan(since(firstRequest), since(firstCreate), since(halfwayCreate), since(lastRequest));
    }

    private static @Nullable Duration since(long nanos) {
        return nanos < 0 ? null : Duration.ofNanos(nanos);
    }
}
