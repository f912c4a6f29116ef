package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.RequestKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One plan three ways, in one invocation: provisioned against a sandbox without faults; provisioned against a fresh
 * sandbox where 5 % of API calls answer 500, 5 % answer 503 and 5 % answer 429 (with the sandbox's
 * {@code Retry-After}, 1 s unless told otherwise); then run again on that second sandbox, faults off, as a re-run of a
 * fully provisioned plan. Each faulted and fault-free pass must provision every row exactly once in one run (exit
 * 0, one campaign per row, one dialer rule per predictive row); the report gives the faults/fault-free throughput
 * ratio (target at least 0.5) and the requests the re-run sent (target at most 20).
 */
final class FaultsScenario {

    static final double TARGET_RATIO = 0.5;
    static final long TARGET_RERUN_REQUESTS = 20;

    private FaultsScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.faults.rows", 10_000);
        int retryAfter = Integer.getInteger("bench.faults.retryAfterSeconds", 1);
        int concurrency = Integer.getInteger("bench.faults.concurrency", 32);
        Duration limit = Duration.ofMinutes(Long.getLong("bench.faults.limitMinutes", 15));
        JobOptions options = JobOptions.rateLimited(600_000, limit)
                .with("cxone.retry-initial-backoff", System.getProperty("bench.faults.initialBackoff", "50ms"))
                .with("cxone.retry-max-backoff", System.getProperty("bench.faults.maxBackoff", "1s"))
                .with("cxone.max-retry-after", System.getProperty("bench.faults.maxRetryAfter", "2s"))
                .with("cxone.retry-max-attempts", Integer.getInteger("bench.faults.maxAttempts", 6))
                .with("spring.datasource.hikari.maximum-pool-size", concurrency + 2)
                .withConcurrency(concurrency);
        BenchPlan plan = bench.plan("faults", rows);
        FaultSettings faults = FaultSettings.none().probability500(0.05).probability503(0.05).probability429(0.05)
                .retryAfterSeconds(retryAfter);
        Report report = new Report("faults: " + Report.count(rows) + " rows, fault-free, then 5 % 500, 5 % 503, 5 % 429 (Retry-After "
                + retryAfter + " s), then a re-run", "pass", "outcome", "wall s", "provision s", "rows/s (provision)",
                "provisioned", "already present", "failed", "requests", "5xx", "429", "check");
        report.note("Job settings: " + String.join(" ", options.settingArguments()));
        List<String> failures = new ArrayList<>();

        Double faultFree = pass(bench, plan, options, FaultSettings.none(), "fault-free", report, failures, null);
        Path runDir = bench.runDir("faults");
        try (CxoneSandbox sandbox = bench.sandbox(faults)) {
            Double faulted = pass(bench, plan, options, null, "faults", report, failures, new Target(sandbox, runDir));
            if (faultFree != null && faulted != null) {
                double ratio = faulted / faultFree;
                report.note("Throughput under faults / fault-free, provision step: " + String.format(Locale.ROOT, "%.2f", ratio)
                        + " (target at least " + TARGET_RATIO + ").");
                if (ratio < TARGET_RATIO) {
                    failures.add("faults: throughput ratio " + String.format(Locale.ROOT, "%.2f", ratio) + " is below " + TARGET_RATIO);
                }
            }
            sandbox.faults().probability500(0).probability503(0).probability429(0);
            rerun(bench, plan, options, sandbox, runDir, report, failures);
        } finally {
            Bench.dropData(runDir);
        }
        report.print();
        return failures;
    }

    /** Where a pass runs when it is not on a fresh sandbox and data dir of its own. */
    private record Target(CxoneSandbox sandbox, Path runDir) {
    }

    /** Provisions the whole plan once; returns its rows per second of provision step, or null when it fell short. */
    private static Double pass(Bench bench, BenchPlan plan, JobOptions options, FaultSettings fresh, String name, Report report,
            List<String> failures, Target target) throws Exception {
        Path runDir = target == null ? bench.runDir("faults-" + name) : target.runDir();
        CxoneSandbox sandbox = target == null ? bench.sandbox(fresh) : target.sandbox();
        try {
            RequestTally before = RequestTally.of(sandbox.inspect());
            JobRun run = bench.job().run(sandbox, plan, runDir, options);
            RequestTally seen = RequestTally.of(sandbox.inspect()).minus(before);
            List<String> problems = SandboxCheck.problems(sandbox.inspect(), plan, run);
            Duration provision = run.traffic().provision();
            Double rate = provision == null || !problems.isEmpty() ? null : plan.rows() / (provision.toNanos() / 1e9);
            RowSummary summary = run.summary().orElse(null);
            report.row(name, run.outcome(), Report.seconds(run.wall()), Report.seconds(provision), Report.decimal(rate),
                    summary == null ? "n/a" : Report.count(summary.provisioned()),
                    summary == null ? "n/a" : Report.count(summary.alreadyPresent()),
                    summary == null ? "n/a" : Report.count(summary.failed()),
                    Report.count(seen.total()), Report.count(seen.serverErrors()), Report.count(seen.tooMany()),
                    SandboxCheck.verdict(problems));
            problems.forEach(problem -> failures.add("faults, " + name + ": " + problem));
            return rate;
        } finally {
            if (target == null) {
                sandbox.close();
                Bench.dropData(runDir);
            }
        }
    }

    /** The plan again on the same data dir and sandbox: every row already present, and the requests it took. */
    private static void rerun(Bench bench, BenchPlan plan, JobOptions options, CxoneSandbox sandbox, Path runDir, Report report,
            List<String> failures) throws Exception {
        RequestTally before = RequestTally.of(sandbox.inspect());
        Map<RequestKey, Long> countsBefore = Map.copyOf(sandbox.inspect().requestCounts());
        JobRun run = bench.job().run(sandbox, plan, runDir, options);
        RequestTally seen = RequestTally.of(sandbox.inspect()).minus(before);
        RowSummary summary = run.summary().orElse(null);
        boolean allPresent = summary != null && summary.alreadyPresent() == plan.rows();
        report.row("re-run", run.outcome(), Report.seconds(run.wall()), Report.seconds(run.traffic().provision()), "n/a",
                summary == null ? "n/a" : Report.count(summary.provisioned()),
                summary == null ? "n/a" : Report.count(summary.alreadyPresent()),
                summary == null ? "n/a" : Report.count(summary.failed()),
                Report.count(seen.total()), Report.count(seen.serverErrors()), Report.count(seen.tooMany()),
                allPresent && run.succeeded() ? "ok" : "NOT ALL PRESENT");
        report.note("Re-run requests by route: " + RequestTally.byRouteSince(sandbox.inspect(), countsBefore));
        if (!run.succeeded() || !allPresent) {
            failures.add("faults, re-run: " + run.outcome() + ", " + summary + " (log: " + run.log() + ")");
        }
        if (seen.total() > TARGET_RERUN_REQUESTS) {
            failures.add("faults, re-run: " + seen.total() + " requests, more than " + TARGET_RERUN_REQUESTS);
        }
    }
}
