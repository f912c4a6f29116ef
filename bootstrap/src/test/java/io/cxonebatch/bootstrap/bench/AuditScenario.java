package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Sustained audit appends with the hash chain on, against what this machine's PostgreSQL takes as a plain JDBC batch
 * insert of the same rows into a table without triggers. The chained appends come from 1, 4 and 8 threads, each on
 * its own connection (the database cannot tell threads of one process from processes: each is a session), in batches
 * of 100 rows, as a job's page of results is appended.
 */
final class AuditScenario {

    private static final int BATCH = 100;

    private AuditScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.audit.rows", 100_000);
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("audit");
        try (StageDatabase database = StageDatabase.start(runDir.resolve("postgres"))) {
            double baseline = plainInsert(database, rows);
            Report report = new Report("Audit appends with the hash chain on (" + rows + " rows per figure, batches of " + BATCH + ")",
                    "writers", "rows/s", "share of the plain batch insert");
            report.row("plain JDBC batch insert, no trigger (1 connection)", String.format("%,.0f", baseline), "100 %");
            AuditPersistenceAdapter audit = new AuditPersistenceAdapter(database.dataSource(), "bench");
            for (int writers : new int[] {1, 4, 8}) {
                double chained = chainedAppends(audit, database.dataSource(), writers, rows);
                report.row(writers + " writers, chained", String.format("%,.0f", chained), String.format("%.0f %%", 100 * chained / baseline));
            }
            report.note("Every chained append takes the chain's lock for its transaction: writers queue, they do not fork the chain.");
            report.print();
        }
        return failures;
    }

    private static double plainInsert(StageDatabase database, int rows) throws Exception {
        try (Connection connection = database.superuserConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_plain (occurred_at timestamptz, job_execution_id bigint, job_name text, action text, "
                    + "campaign_ref text, outcome text, http_status integer, latency_ms bigint, details jsonb, actor text)");
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_plain VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setTimestamp(1, Timestamp.from(Instant.now()));
                    insert.setLong(2, 1);
                    insert.setString(3, "dialer-parameter-update");
                    insert.setString(4, "PACING_UPDATE");
                    insert.setString(5, "KEY-" + i + "/camp_" + i);
                    insert.setString(6, "SUCCESS");
                    insert.setInt(7, 200);
                    insert.setLong(8, 40);
                    insert.setString(9, "{\"previous\":{\"maxConcurrentCalls\":40},\"new\":{\"maxConcurrentCalls\":" + i + "}}");
                    insert.setString(10, "bench");
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            return rows / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static double chainedAppends(AuditPersistenceAdapter audit, DataSource dataSource, int writers, int rows) throws Exception {
        AtomicLong left = new AtomicLong(rows);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                while (left.getAndAdd(-BATCH) > 0) {
                    List<AuditEvent> batch = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH; i++) {
                        batch.add(new AuditEvent(Instant.now(), 1L, "dialer-parameter-update", "PACING_UPDATE", "KEY-" + i + "/camp_" + i,
                                AuditOutcome.SUCCESS, 200, 40L, Map.of("previous", Map.of("maxConcurrentCalls", 40),
                                        "new", Map.of("maxConcurrentCalls", i))));
                    }
                    audit.append(batch);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return rows / ((System.nanoTime() - started) / 1e9);
    }
}
