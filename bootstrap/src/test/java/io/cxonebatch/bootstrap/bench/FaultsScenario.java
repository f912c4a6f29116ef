package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.FaultSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A run through injected faults: 5 % of API calls answer 500, 5 % answer 503 and 5 % answer 429 (with the
 * sandbox's {@code Retry-After}, 1 s unless told otherwise), the client's retry tuned through its settings. Rows
 * that still fail after their retries are left to a re-run of the same plan on the same data dir and sandbox
 * (faults still on), at most {@code bench.faults.reruns} times, until a run exits 0 or every row has been
 * provisioned by one of them. At the end every row must have exactly one campaign, and every predictive row one
 * dialer rule.
 */
final class FaultsScenario {

    private FaultsScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.faults.rows", 10_000);
        int reruns = Integer.getInteger("bench.faults.reruns", 2);
        int retryAfter = Integer.getInteger("bench.faults.retryAfterSeconds", 1);
        Duration limit = Duration.ofMinutes(Long.getLong("bench.faults.limitMinutes", 15));
        JobOptions base = JobOptions.rateLimited(600_000, limit)
                .with("cxone.retry-initial-backoff", System.getProperty("bench.faults.initialBackoff", "50ms"))
                .with("cxone.retry-max-backoff", System.getProperty("bench.faults.maxBackoff", "1s"))
                .with("cxone.max-retry-after", System.getProperty("bench.faults.maxRetryAfter", "2s"))
                .with("cxone.retry-max-attempts", Integer.getInteger("bench.faults.maxAttempts", 6));
        Integer concurrency = Integer.getInteger("bench.faults.concurrency");
        JobOptions options = concurrency == null ? base : base.withConcurrency(concurrency);
        BenchPlan plan = bench.plan("faults", rows);
        FaultSettings faults = FaultSettings.none().probability500(0.05).probability503(0.05).probability429(0.05)
                .retryAfterSeconds(retryAfter);
        Report report = new Report("faults: " + Report.count(rows) + " rows, 5 % 500, 5 % 503, 5 % 429 (Retry-After "
                + retryAfter + " s)", "run", "outcome", "wall s", "provisioned", "already present", "failed", "requests",
                "5xx", "429");
        report.note("Job settings: " + String.join(" ", options.settingArguments()));
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("faults");
        try (CxoneSandbox sandbox = bench.sandbox(faults)) {
            RequestTally before = RequestTally.of(sandbox.inspect());
            long provisioned = 0;
            boolean exitedZero = false;
            for (int attempt = 0; attempt <= reruns && !exitedZero && provisioned < rows; attempt++) {
                JobRun run = bench.job().run(sandbox, plan, runDir, options);
                RequestTally after = RequestTally.of(sandbox.inspect());
                RequestTally seen = after.minus(before);
                before = after;
                RowSummary summary = run.summary().orElse(null);
                report.row(attempt == 0 ? "first" : "re-run " + attempt, run.outcome(), Report.seconds(run.wall()),
                        summary == null ? "n/a" : Report.count(summary.provisioned()),
                        summary == null ? "n/a" : Report.count(summary.alreadyPresent()),
                        summary == null ? "n/a" : Report.count(summary.failed()),
                        Report.count(seen.total()), Report.count(seen.serverErrors()), Report.count(seen.tooMany()));
                if (run.timedOut() || summary == null || summary.rejected() > 0) {
                    failures.add("faults: " + run.outcome() + ", " + (summary == null ? "no summary" : summary)
                            + " (log: " + run.log() + ")");
                    break;
                }
                provisioned += summary.provisioned();
                exitedZero = run.succeeded();
            }
            // A re-run reads every row it finds in the registry back from CXone, and such a read can fail too: the
            // rows are then all in CXone although the run ends with exit 3, which the note makes plain.
            report.note("Rows provisioned over all runs: " + Report.count(provisioned) + " of " + Report.count(rows)
                    + (exitedZero ? "; the last run ended with exit 0." : "; no run ended with exit 0."));
            if (provisioned < rows && failures.isEmpty()) {
                failures.add("faults: only " + provisioned + " of " + rows + " rows provisioned after " + reruns + " re-runs");
            }
            List<String> problems = SandboxCheck.problems(sandbox.inspect(), plan);
            report.note("Sandbox at the end: " + SandboxCheck.verdict(problems) + " (campaigns "
                    + Report.count(sandbox.inspect().campaigns().size()) + ", dialer rules "
                    + Report.count(sandbox.inspect().dialerRules().size()) + ", duplicate side effects "
                    + sandbox.inspect().duplicateSideEffects().size() + ")");
            problems.forEach(problem -> failures.add("faults: " + problem));
        } finally {
            Bench.dropData(runDir);
        }
        report.print();
        return failures;
    }
}
