package io.cxonebatch.bootstrap.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers appending chained audit rows through the product's adapter, in batches of {@link AuditScenario#BATCH}: in
 * the benchmark's JVM, or as a process of its own ({@link #main}) for the two-process figure.
 */
final class AuditWriters {

    private AuditWriters() {
    }

    /** Appends {@code rows} rows from {@code writers} threads; returns rows per second. */
    static double append(AuditPersistenceAdapter audit, int writers, int rows) throws Exception {
        AtomicLong left = new AtomicLong(rows);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                while (left.getAndAdd(-AuditScenario.BATCH) > 0) {
                    List<AuditEvent> batch = new ArrayList<>(AuditScenario.BATCH);
                    for (int i = 0; i < AuditScenario.BATCH; i++) {
                        batch.add(new AuditEvent(Instant.now(), 1L, "dialer-parameter-update", "PACING_UPDATE", "KEY-" + i + "/camp_" + i,
                                AuditOutcome.SUCCESS, 200, 40L, Map.of("previous", Map.of("maxConcurrentCalls", 40),
                                        "new", Map.of("maxConcurrentCalls", i))));
                    }
                    audit.append(batch);
                }
                return null;
            }));
        }
        try {
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * {@code AuditWriters WRITERS ROWS}, the database from AUDIT_BENCH_URL, _USER and _PASSWORD: connects, prints
     * READY, waits for GO on standard input, appends, prints DONE.
     */
    public static void main(String[] args) throws Exception {
        int writers = Integer.parseInt(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(System.getenv("AUDIT_BENCH_URL"));
            dataSource.setUsername(System.getenv("AUDIT_BENCH_USER"));
            dataSource.setPassword(System.getenv("AUDIT_BENCH_PASSWORD"));
            dataSource.setMaximumPoolSize(writers);
            dataSource.setMinimumIdle(writers);
            AuditPersistenceAdapter audit = new AuditPersistenceAdapter(dataSource, "bench-process");
            // Warmed up as the benchmark's own JVM is by the figures before this one, so that the two processes are
            // timed appending, not compiling.
            append(audit, writers, 20_000);
            System.out.println("READY");
            System.out.flush();
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"GO".equals(input.readLine())) {
                return;
            }
            double rate = append(audit, writers, rows);
            System.err.printf("%d writers appended %d rows at %.0f rows/s%n", writers, rows, rate);
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
