package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.FaultSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of a per-minute request budget a run uses: the sandbox allows 600 API requests per minute (sliding
 * window) and the client is told the same, with enough rows for about 90 s of work. Counts every request the
 * sandbox answered (token, 429s and all) over the span from the run's first request to its last.
 */
final class BudgetScenario {

    static final int BUDGET_PER_MINUTE = 600;

    private BudgetScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.budget.rows", 660);
        Duration limit = Duration.ofMinutes(Long.getLong("bench.budget.limitMinutes", 6));
        BenchPlan plan = bench.plan("budget", rows);
        Report report = new Report("budget: " + Report.count(rows) + " rows, sandbox and client at "
                + BUDGET_PER_MINUTE + " requests/min",
                "outcome", "wall s", "API span s", "requests", "requests/min", "% of budget", "429s", "token calls",
                "check");
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("budget");
        try (CxoneSandbox sandbox = bench.sandbox(FaultSettings.none().rateLimitPerMinute(BUDGET_PER_MINUTE))) {
            JobRun run = bench.job().run(sandbox, plan, runDir, JobOptions.rateLimited(BUDGET_PER_MINUTE, limit));
            List<String> problems = SandboxCheck.problems(sandbox.inspect(), plan, run);
            RequestTally tally = RequestTally.of(sandbox.inspect());
            Duration span = run.traffic().api();
            double perMinute = span == null || span.isZero() ? 0 : tally.total() / (span.toNanos() / 60e9);
            report.row(run.outcome(), Report.seconds(run.wall()), Report.seconds(span), Report.count(tally.total()),
                    Report.decimal(perMinute), Report.decimal(100 * perMinute / BUDGET_PER_MINUTE),
                    Report.count(tally.tooMany()), Report.count(tally.tokens()), SandboxCheck.verdict(problems));
            report.note("Requests by route: " + RequestTally.byRoute(sandbox.inspect()));
            problems.forEach(problem -> failures.add("budget: " + problem));
        } finally {
            Bench.dropData(runDir);
        }
        report.print();
        return failures;
    }
}
