package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.bootstrap.batch.WebhookReceiver;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.RequestKey;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * dialer-parameter-update over a 1,000-row pacing plan and agent-assignment over a 5,000-agent roster, each a real
 * process against the sandbox at a client budget of 600 requests a minute, on campaigns provisioned first (at an
 * unpaced rate, not measured). Prints requests per row, rows per second and how much of the budget the job used.
 */
final class PacingRosterScenario {

    static final int BUDGET_PER_MINUTE = 600;
    private static final int SETUP_RATE = 600_000;

    private PacingRosterScenario() {
    }

    static List<String> pacing(Bench bench) throws Exception {
        int rows = Integer.getInteger("bench.pacing.rows", 1_000);
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("pacing");
        try (CxoneSandbox sandbox = bench.sandboxBuilder().start()) {
            provision(bench, sandbox, runDir, rows, 0, failures);
            Path plan = runDir.resolve("pacing-plan.csv");
            try (Writer out = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
                out.write("campaign,dialer_type,max_concurrent_calls,pacing_type,interval_seconds,max_calls_per_interval,"
                        + "throttle_percent,timezone,auto_rebalance,queue_priority\n");
                for (int n = 1; n <= rows; n++) {
                    out.write(TrackedCampaigns.predictiveKey(n) + ",predictive," + (100 + n % 300) + ",fixed,60,25,0.85,America/New_York,true,2\n");
                }
            }
            long before = sandbox.inspect().totalRequests();
            Map<String, Long> routesBefore = routes(sandbox);
            JobRun run = bench.job().run(sandbox, List.of("dialer-parameter-update", "plan=" + plan), JobProcess.NO_CREATES, runDir,
                    JobOptions.rateLimited(BUDGET_PER_MINUTE, Duration.ofMinutes(20)).with("cxone-batch.pacing.concurrency", 4));
            long requests = sandbox.inspect().totalRequests() - before;
            report("dialer-parameter-update: " + rows + "-row pacing plan at " + BUDGET_PER_MINUTE + " requests/min", rows, run,
                    requests, delta(routesBefore, routes(sandbox))).print();
            check(run, rows, "updated " + rows + ", already in place 0, rejected 0, failed 0", failures, "pacing");
            if (sandbox.inspect().outboundSettingsPutsWithoutIfMatch() != 0) {
                failures.add("pacing: a PUT went without If-Match");
            }
        } finally {
            Bench.dropData(runDir);
        }
        return failures;
    }

    static List<String> roster(Bench bench) throws Exception {
        int campaigns = Integer.getInteger("bench.roster.campaigns", 100);
        int perCampaign = Integer.getInteger("bench.roster.agentsPerCampaign", 50);
        int refusing = campaigns / 10;
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("roster");
        CxoneSandbox.Builder builder = bench.sandboxBuilder();
        for (int n = 1; n <= refusing; n++) {
            // Every tenth campaign takes fewer agents than the roster sends it: a 409, then one rebalance.
            builder.agentCapacity(TrackedCampaigns.previewName(n * 10), perCampaign - perCampaign / 10);
        }
        try (CxoneSandbox sandbox = builder.start(); WebhookReceiver workforce = new WebhookReceiver()) {
            provision(bench, sandbox, runDir, 0, campaigns, failures);
            Path roster = runDir.resolve("agent-roster.csv");
            try (Writer out = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
                out.write("campaign,user_id,skills,window_start,window_end,timezone,max_concurrent_calls,recent_call_rate\n");
                for (int c = 1; c <= campaigns; c++) {
                    for (int a = 1; a <= perCampaign; a++) {
                        out.write(String.format("%s,agent-%05d,sales;preview,09:00,17:00,America/New_York,%d,%d%n",
                                TrackedCampaigns.previewKey(c), (c - 1) * perCampaign + a, 1 + a % 2, a % 25));
                    }
                }
            }
            int agents = campaigns * perCampaign;
            long before = sandbox.inspect().totalRequests();
            Map<String, Long> routesBefore = routes(sandbox);
            JobRun run = bench.job().run(sandbox, List.of("agent-assignment", "roster=" + roster), JobProcess.NO_CREATES, runDir,
                    JobOptions.rateLimited(BUDGET_PER_MINUTE, Duration.ofMinutes(20))
                            .with("cxone-batch.assignment.workforce-webhook-uri", workforce.uri()));
            long requests = sandbox.inspect().totalRequests() - before;
            Report report = report("agent-assignment: " + agents + "-agent roster over " + campaigns + " preview campaigns at "
                    + BUDGET_PER_MINUTE + " requests/min", agents, run, requests, delta(routesBefore, routes(sandbox)));
            report.note("Workforce-management webhook: " + workforce.deliveries().size() + " notifications received ("
                    + workforce.deliveries().stream().map(WebhookReceiver.Delivery::idempotencyKey).distinct().count() + " distinct)");
            report.print();
            int leftOut = refusing * (perCampaign / 10);
            check(run, agents, "assigned " + (agents - leftOut) + ", already assigned 0, rejected " + leftOut + ", failed 0",
                    failures, "roster");
            if (workforce.deliveries().size() != campaigns) {
                failures.add("roster: " + workforce.deliveries().size() + " notifications for " + campaigns + " dispatches");
            }
        } finally {
            Bench.dropData(runDir);
        }
        return failures;
    }

    /** The campaigns the plan or roster names, made by campaign-provisioning on the run's data dir (not measured). */
    private static void provision(Bench bench, CxoneSandbox sandbox, Path runDir, int predictive, int preview, List<String> failures)
            throws IOException, InterruptedException {
        Path plan = runDir.resolve("tracked-campaigns.csv");
        LocalDate first = LocalDate.of(2027, 1, 4);
        try (Writer out = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
            out.write(TrackedCampaigns.HEADER + "\n");
            for (int n = 1; n <= predictive; n++) {
                String day = first.plusDays(n).toString();
                out.write(String.format("%s,Pacing campaign %04d,PREDICTIVE,OUTBOUND_SALES,America/New_York,%sT08:00,%sT17:00,"
                        + "0.02,1.2,25,list_east,queue_pred_%d,,,false%n", TrackedCampaigns.predictiveKey(n), n, day, day, n));
            }
            for (int n = 1; n <= preview; n++) {
                String day = first.plusDays(n).toString();
                out.write(String.format("%s,%s,PREVIEW,OUTBOUND_PREVIEW,America/New_York,%sT08:00,%sT17:00,,,,,queue_prev_%d,"
                        + "list_preview,5,false%n", TrackedCampaigns.previewKey(n), TrackedCampaigns.previewName(n), day, day, n));
            }
        }
        JobRun setup = bench.job().run(sandbox, List.of("campaign-provisioning", "plan=" + plan), JobProcess.NO_CREATES, runDir,
                JobOptions.rateLimited(SETUP_RATE, Duration.ofMinutes(20)).withConcurrency(8));
        if (!setup.succeeded()) {
            failures.add("provisioning the benchmark's campaigns ended " + setup.outcome() + "; see " + setup.log());
        }
    }

    private static Report report(String title, int rows, JobRun run, long requests, Map<String, Long> byRoute) {
        double minutes = run.wall().toNanos() / 60e9;
        Report report = new Report(title, "rows", "outcome", "wall s", "rows/s", "requests", "requests/row",
                "requests/min", "budget used", "child peak RSS MB", "max heap after GC MB");
        report.row(Report.count(rows), run.outcome(), Report.seconds(run.wall()), Report.decimal(run.rowsPerSecond(rows)),
                Report.count(requests), String.format("%.3f", (double) requests / rows), Report.decimal(requests / minutes),
                Math.round(100 * requests / minutes / BUDGET_PER_MINUTE) + " %", Report.megabytes(run.peakRssKb()),
                run.maxHeapAfterGcMb());
        report.note("Requests by route: " + byRoute);
        report.note("Budget used: requests a minute over the whole run (JVM start and the report included) / "
                + BUDGET_PER_MINUTE + "; the client's limiter lets a burst of one second's worth through at start.");
        return report;
    }

    private static void check(JobRun run, int rows, String expected, List<String> failures, String scenario) throws IOException {
        String output = Files.readString(run.log(), StandardCharsets.UTF_8);
        if (run.timedOut() || !output.contains(expected)) {
            failures.add(scenario + ": expected '" + expected + "' for " + rows + " rows; " + run.outcome() + ", see " + run.log());
        }
    }

    private static Map<String, Long> routes(CxoneSandbox sandbox) {
        Map<String, Long> routes = new TreeMap<>();
        for (Map.Entry<RequestKey, Long> entry : sandbox.inspect().requestCounts().entrySet()) {
            routes.merge(entry.getKey().method() + " " + entry.getKey().pathTemplate() + " " + entry.getKey().status(),
                    entry.getValue(), Long::sum);
        }
        return routes;
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((route, count) -> {
            long more = count - before.getOrDefault(route, 0L);
            if (more > 0) {
                delta.put(route, more);
            }
        });
        return delta;
    }
}
