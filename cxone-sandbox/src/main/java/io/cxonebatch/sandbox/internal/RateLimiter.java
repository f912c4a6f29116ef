package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.RateLimitWindow;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per minute per client. Only admitted requests count, so a client that keeps calling while limited
 * is let through again as soon as its window allows. Both windows are kept up to date, so switching between
 * them at run time needs no warm-up.
 */
public final class RateLimiter {

    private static final long MINUTE = 60_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, ClientWindow> clients = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** 0 when the request is admitted (and counted), else the whole seconds, at least 1, until it would be. */
    public long admit(String client, int limitPerMinute, RateLimitWindow window) {
        if (limitPerMinute <= 0) {
            return 0;
        }
        return clients.computeIfAbsent(client, key -> new ClientWindow()).admit(clock.millis(), limitPerMinute, window);
    }

    public void reset() {
        clients.clear();
    }

    private static final class ClientWindow {

        private final ArrayDeque<Long> admitted = new ArrayDeque<>();
        private long fixedMinute = Long.MIN_VALUE;
        private int fixedCount;

        synchronized long admit(long now, int limit, RateLimitWindow window) {
            while (!admitted.isEmpty() && admitted.peekFirst() <= now - MINUTE) {
                admitted.pollFirst();
            }
            long minute = Math.floorDiv(now, MINUTE);
            if (minute != fixedMinute) {
                fixedMinute = minute;
                fixedCount = 0;
            }
            long waitMillis = switch (window) {
                case SLIDING -> admitted.size() >= limit ? admitted.peekFirst() + MINUTE - now : 0;
                case FIXED -> fixedCount >= limit ? (minute + 1) * MINUTE - now : 0;
            };
            if (waitMillis > 0) {
                return Math.max(1, (waitMillis + 999) / 1000);
            }
            admitted.addLast(now);
            while (admitted.size() > limit) {
                admitted.pollFirst();
            }
            fixedCount++;
            return 0;
        }
    }
}
