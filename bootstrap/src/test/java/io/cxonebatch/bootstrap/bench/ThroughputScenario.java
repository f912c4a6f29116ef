package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.FaultSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows per second of a whole run against a sandbox with no faults and no server rate limit, the client's limit set
 * so high that it never throttles, once per concurrency setting. No latency unless {@code bench.throughput.latencyMillis}
 * adds some to every answer, which is what makes concurrency pay. Each run has a fresh sandbox and a fresh data dir.
 */
final class ThroughputScenario {

    private static final int RATE_LIMIT = 600_000;

    private ThroughputScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.throughput.rows", 10_000);
        int[] concurrencies = Arrays.stream(System.getProperty("bench.throughput.concurrency", "1,4,8,16").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        long latency = Long.getLong("bench.throughput.latencyMillis", 0);
        Duration limit = Duration.ofMinutes(Long.getLong("bench.throughput.limitMinutes", 10));
        BenchPlan plan = bench.plan("throughput", rows);
        Report report = new Report("throughput: " + Report.count(rows) + " rows, "
                + (latency == 0 ? "no latency" : latency + " ms latency") + ", no faults",
                "concurrency", "outcome", "wall s", "provision s", "rows/s (wall)", "rows/s (provision)",
                "rows/s (2nd half)", "requests", "child peak RSS MB", "max heap after GC MB", "check");
        List<String> failures = new ArrayList<>();
        int best = 0;
        double bestRate = 0;
        for (int concurrency : concurrencies) {
            Path runDir = bench.runDir("throughput-c" + concurrency);
            try (CxoneSandbox sandbox = bench.sandbox(FaultSettings.none().latencyMillis(latency))) {
                JobRun run = bench.job().run(sandbox, plan, runDir,
                        JobOptions.rateLimited(RATE_LIMIT, limit).withConcurrency(concurrency));
                List<String> problems = SandboxCheck.problems(sandbox.inspect(), plan, run);
                Duration provision = run.traffic().provision();
                report.row(concurrency, run.outcome(), Report.seconds(run.wall()), Report.seconds(provision),
                        Report.decimal(run.rowsPerSecond(rows)),
                        provision == null ? "n/a" : Report.decimal(rows / (provision.toNanos() / 1e9)),
                        Report.decimal(run.secondHalfRowsPerSecond(rows)),
                        Report.count(RequestTally.of(sandbox.inspect()).total()), Report.megabytes(run.peakRssKb()),
                        run.maxHeapAfterGcMb(), SandboxCheck.verdict(problems));
                if (concurrency == concurrencies[0]) {
                    report.note("Requests by route (concurrency " + concurrency + "): " + RequestTally.byRoute(sandbox.inspect()));
                }
                problems.forEach(problem -> failures.add("throughput, concurrency " + concurrency + ": " + problem));
                if (problems.isEmpty() && run.rowsPerSecond(rows) > bestRate) {
                    bestRate = run.rowsPerSecond(rows);
                    best = concurrency;
                }
            } finally {
                Bench.dropData(runDir);
            }
        }
        if (best > 0) {
            report.note("Fastest on this machine, this run: concurrency " + best + " (" + Report.decimal(bestRate)
                    + " rows/s of wall time).");
        }
        report.print();
        return failures;
    }
}
