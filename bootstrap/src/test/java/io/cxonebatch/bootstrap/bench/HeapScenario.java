package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.FaultSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A large plan in a small heap: 100,000 rows with the child JVM at {@code -Xmx256m}, no latency, no faults, the
 * client's limit out of the way. It must finish with exit 0 and every row provisioned exactly once.
 */
final class HeapScenario {

    private HeapScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.heap.rows", 100_000);
        String heap = System.getProperty("bench.heap.xmx", "256m");
        Duration limit = Duration.ofMinutes(Long.getLong("bench.heap.limitMinutes", 30));
        BenchPlan plan = bench.plan("heap", rows);
        Report report = new Report("heap: " + Report.count(rows) + " rows, child -Xmx" + heap,
                "rows", "outcome", "wall s", "provision s", "rows/s (wall)", "rows/s (2nd half)", "child peak RSS MB",
                "max heap after GC MB", "check");
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("heap");
        try (CxoneSandbox sandbox = bench.sandbox(FaultSettings.none())) {
            JobRun run = bench.job().run(sandbox, plan, runDir,
                    JobOptions.rateLimited(600_000, limit).withJvmOption("-Xmx" + heap));
            List<String> problems = SandboxCheck.problems(sandbox.inspect(), plan, run);
            report.row(Report.count(rows), run.outcome(), Report.seconds(run.wall()), Report.seconds(run.traffic().provision()),
                    Report.decimal(run.rowsPerSecond(rows)), Report.decimal(run.secondHalfRowsPerSecond(rows)),
                    Report.megabytes(run.peakRssKb()), run.maxHeapAfterGcMb(),
                    SandboxCheck.verdict(problems));
            report.note("Requests by route: " + RequestTally.byRoute(sandbox.inspect()));
            problems.forEach(problem -> failures.add("heap: " + problem));
        } finally {
            Bench.dropData(runDir);
        }
        report.print();
        return failures;
    }
}
