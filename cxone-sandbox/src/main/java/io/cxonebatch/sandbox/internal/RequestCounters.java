package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.RequestKey;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts answered requests by method, route template and status, without a lock on the hot path. */
public final class RequestCounters {

    private final ConcurrentHashMap<RequestKey, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    public void record(String method, String template, int status) {
        counts.computeIfAbsent(new RequestKey(method, template, status), key -> new LongAdder()).increment();
        total.increment();
    }

    public long count(String method, String template, int status) {
        LongAdder adder = counts.get(new RequestKey(method, template, status));
        return adder == null ? 0 : adder.sum();
    }

    public long count(String method, String template) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().method().equals(method) && entry.getKey().pathTemplate().equals(template))
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    /** Requests answered {@code status}, on any route. */
    public long count(int status) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().status() == status)
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    /** A copy, ordered by path template, method and status. */
    public Map<RequestKey, Long> snapshot() {
        Map<RequestKey, Long> copy = new TreeMap<>((a, b) -> {
            int byPath = a.pathTemplate().compareTo(b.pathTemplate());
            if (byPath != 0) {
                return byPath;
            }
            int byMethod = a.method().compareTo(b.method());
            return byMethod != 0 ? byMethod : Integer.compare(a.status(), b.status());
        });
        counts.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    public long total() {
        return total.sum();
    }

    public void reset() {
        counts.clear();
        total.reset();
    }
}
