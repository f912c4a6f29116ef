package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.application.port.out.audit.AuditChainReport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sustained audit appends with the hash chain on, against what this machine's PostgreSQL takes as a plain JDBC batch
 * insert of the same rows into a table without triggers or indexes. The chained appends come from 1, 4 and 8 threads,
 * each on its own connection, and from two processes of 4 threads each at once, in batches of 100 rows, as a job's
 * page of results is appended.
 */
final class AuditScenario {

    static final int BATCH = 100;

    private AuditScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.audit.rows", 100_000);
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("audit");
        try (StageDatabase database = StageDatabase.start(runDir.resolve("postgres"))) {
            double batched = plainInsert(database, rows, false);
            double rewritten = plainInsert(database, rows, true);
            double baseline = Math.max(batched, rewritten);
            Report report = new Report("Audit appends with the hash chain on (" + rows + " rows per figure, batches of " + BATCH + ")",
                    "writers", "rows/s", "share of the plain batch insert");
            report.row("plain JDBC batch insert, no trigger or index (executeBatch)", String.format("%,.0f", batched),
                    String.format("%.0f %%", 100 * batched / baseline));
            report.row("plain JDBC batch insert, no trigger or index (reWriteBatchedInserts)", String.format("%,.0f", rewritten),
                    String.format("%.0f %%", 100 * rewritten / baseline));
            AuditPersistenceAdapter audit = new AuditPersistenceAdapter(database.dataSource(), "bench");
            for (int writers : new int[] {1, 4, 8}) {
                double chained = AuditWriters.append(audit, writers, rows);
                report.row(writers + " writers, chained", String.format("%,.0f", chained), String.format("%.0f %%", 100 * chained / baseline));
                // The target is for several writers; one writer is shown for what a lone job gets.
                if (writers > 1 && chained < baseline / 3) {
                    failures.add(String.format("audit: %d writers appended %,.0f chained rows/s, under a third of the plain %,.0f", writers, chained, baseline));
                }
            }
            double twoProcesses = twoProcesses(database, runDir, rows);
            report.row("2 processes × 4 writers, chained", String.format("%,.0f", twoProcesses), String.format("%.0f %%", 100 * twoProcesses / baseline));
            if (twoProcesses < baseline / 3) {
                failures.add(String.format("audit: two processes appended %,.0f chained rows/s, under a third of the plain %,.0f", twoProcesses, baseline));
            }
            AuditChainReport chain = audit.verifyAuditChain();
            report.note(String.format("audit verify afterwards: %,d rows, %s.", chain.rowsChecked(), chain.intact() ? "intact" : "BROKEN at " + chain.firstBrokenId()));
            if (!chain.intact()) {
                failures.add("audit: the chain is broken at row " + chain.firstBrokenId() + ": " + chain.problem());
            }
            report.note("Every chained append takes the chain's lock for its transaction: writers queue, they do not fork the chain.");
            report.print();
        }
        return failures;
    }

    private static double plainInsert(StageDatabase database, int rows, boolean rewrite) throws Exception {
        String table = rewrite ? "bench_plain_rewritten" : "bench_plain";
        try (Connection connection = database.superuserConnection(rewrite); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (occurred_at timestamptz, job_execution_id bigint, job_name text, action text, "
                    + "campaign_ref text, outcome text, http_status integer, latency_ms bigint, details jsonb, actor text)");
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)")) {
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

    /**
     * Two JVMs of {@link AuditWriters} on the same database, each with 4 writers and half the rows. Both connect and
     * say READY before either is told to go, so that their start-up is not timed.
     */
    private static double twoProcesses(StageDatabase database, Path runDir, int rows) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int p = 0; p < 2; p++) {
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", classPath(), AuditWriters.class.getName(), "4", Integer.toString(rows / 2))
                        .redirectError(runDir.resolve("audit-writer-" + p + ".err").toFile());
                builder.environment().put("AUDIT_BENCH_URL", database.jdbcUrl());
                builder.environment().put("AUDIT_BENCH_USER", database.username());
                builder.environment().put("AUDIT_BENCH_PASSWORD", database.password());
                Process process = builder.start();
                processes.add(process);
                outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader output : outputs) {
                expect(output, "READY");
            }
            long started = System.nanoTime();
            for (Process process : processes) {
                Writer go = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                go.write("GO\n");
                go.flush();
            }
            for (BufferedReader output : outputs) {
                expect(output, "DONE");
            }
            return (rows / 2 * 2) / ((System.nanoTime() - started) / 1e9);
        } finally {
            for (Process process : processes) {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** Reads the writer's standard output up to the line {@code word}; its log lines come first. */
    private static void expect(BufferedReader output, String word) throws Exception {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals(word)) {
                return;
            }
        }
        throw new IllegalStateException("an audit writer process ended before it said " + word + "; see its .err file");
    }

    /** exec:java runs the benchmark in Maven's JVM, on a class loader of its own: its URLs are the test class path. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = AuditScenario.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(java.net.URI.create(url.toString())).toString());
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }
}
