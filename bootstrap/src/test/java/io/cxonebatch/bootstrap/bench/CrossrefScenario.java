package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The suppression-crossref job at volume: one contact list of {@code bench.crossref.contacts} (1,000,000) against
 * CXone's suppression list of {@code bench.crossref.suppressions} (1,000,000), one entry in
 * {@code bench.crossref.stride} (16) repeating a contact's number, served by a sandbox over HTTP.
 *
 * <ol>
 *   <li>End to end: the job as a child process, {@code -Xmx512m}, contact pages of 1,000, the client's limit out of
 *       the way; its totals must be the sandbox's ground truth.</li>
 *   <li>Each stage alone, in this JVM, on the same data ({@link StageLimits}); target: the end-to-end wall time
 *       within {@value #TARGET_RATIO} times the stages' sum.</li>
 *   <li>Heap as lists grow: the end-to-end run again at each of {@code bench.crossref.heapContacts} (5,000,000)
 *       contacts, same suppressions and heap; its max heap after GC must stay within {@value #FLAT_HEAP} times that
 *       of the first run.</li>
 * </ol>
 */
final class CrossrefScenario {

    static final double TARGET_RATIO = 3.0;
    static final double FLAT_HEAP = 1.5;
    private static final int RATE_LIMIT = 600_000;

    private CrossrefScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        CrossrefData data = new CrossrefData("list_bench", Long.getLong("bench.crossref.contacts", 1_000_000),
                Long.getLong("bench.crossref.suppressions", 1_000_000), Integer.getInteger("bench.crossref.stride", 16));
        List<Long> larger = sizes(System.getProperty("bench.crossref.heapContacts", "5000000"));
        String heap = System.getProperty("bench.crossref.xmx", "512m");
        JobOptions options = JobOptions.rateLimited(RATE_LIMIT, minutes("bench.crossref.limitMinutes", 15))
                .with("cxone.contact-page-size", StageLimits.BATCH)
                .withJvmOption("-Xmx" + heap);
        List<String> failures = new ArrayList<>();

        CrossrefRun endToEnd = CrossrefRun.run(bench, data, options);
        endToEnd.problems().forEach(problem -> failures.add("crossref, end to end: " + problem));
        StageLimits stages;
        Path stageDir = bench.runDir("crossref-stages");
        try (CxoneSandbox sandbox = data.sandbox(bench)) {
            stages = StageLimits.measure(data, sandbox, RATE_LIMIT, stageDir.resolve("data").resolve("postgres"));
        } finally {
            Bench.dropData(stageDir);
        }
        List<CrossrefRun> runs = new ArrayList<>(List.of(endToEnd));
        for (long contacts : larger) {
            CrossrefRun run = CrossrefRun.run(bench, data.withContacts(contacts),
                    options.withLimit(minutes("bench.crossref.heapLimitMinutes", 20)));
            run.problems().forEach(problem -> failures.add("crossref, " + Report.count(contacts) + " contacts: " + problem));
            runs.add(run);
        }

        endToEndReport(data, heap, options, runs).print();
        stepsReport(runs).print();
        failures.addAll(stagesReport(data, stages, endToEnd));
        failures.addAll(heapReport(heap, runs));
        return failures;
    }

    private static Report endToEndReport(CrossrefData data, String heap, JobOptions options, List<CrossrefRun> runs) {
        Report report = new Report("crossref end to end: " + data.label() + ", child -Xmx" + heap,
                "contacts", "outcome", "wall s", "job s", "API span s", "requests", "child peak RSS MB", "max heap after GC MB",
                "suppressed (job / truth)", "unparseable (job / truth)", "eligible", "truth s", "check");
        for (CrossrefRun run : runs) {
            CrossrefSummary summary = run.summary();
            report.row(Report.count(run.data().contacts()), run.run().outcome(), Report.seconds(run.run().wall()),
                    run.steps() == null ? "n/a" : Report.seconds(run.steps().job()), Report.seconds(run.run().traffic().api()),
                    Report.count(run.requests().total()), Report.megabytes(run.run().peakRssKb()), run.run().maxHeapAfterGcMb(),
                    against(summary == null ? null : summary.list().suppressed(), run.truth().suppressed()),
                    against(summary == null ? null : summary.list().unparseable(), run.truth().unparseable()),
                    summary == null ? "n/a" : Report.count(summary.list().eligible()), Report.seconds(run.truth().took()),
                    run.verdict());
        }
        report.note("Job settings: " + String.join(" ", options.settingArguments()) + " " + String.join(" ", options.jvmOptions()));
        report.note("Requests by route (" + Report.count(data.contacts()) + " contacts): " + runs.get(0).requestsByRoute());
        return report;
    }

    private static Report stepsReport(List<CrossrefRun> runs) {
        Report report = new Report("crossref steps, as the run's batch_step_execution recorded them",
                "contacts", "step", "s", "rows", "rows/s", "commits");
        for (CrossrefRun run : runs) {
            List<RecordedSteps.Step> steps = run.steps() == null ? List.of() : run.steps().steps();
            for (RecordedSteps.Step step : steps) {
                long rows = rows(run.data(), step.name());
                double seconds = step.took().toNanos() / 1e9;
                report.row(Report.count(run.data().contacts()), step.name(), Report.seconds(step.took()), Report.count(rows),
                        rows == 0 || seconds == 0 ? "n/a" : Report.decimal(rows / seconds), Report.count(step.commits()));
            }
        }
        report.note("Rows: the entries for suppressions; the list's contacts for contacts, match and report; none for"
                + " sources (no dnc= file).");
        return report;
    }

    private static List<String> stagesReport(CrossrefData data, StageLimits stages, CrossrefRun endToEnd) {
        Report report = new Report("crossref stages alone, in the benchmark JVM: " + data.label(), "stage", "rows", "s", "rows/s");
        stages.stages().forEach(stage -> report.row(stage.stage(), Report.count(stage.rows()), Report.seconds(stage.took()),
                Report.decimal(stage.rowsPerSecond())));
        double sum = stages.totalSeconds();
        double wall = endToEnd.run().wall().toNanos() / 1e9;
        double ratio = wall / sum;
        report.note(format("Sum of the stages: %.1f s. End to end: %.1f s wall; ratio %.2f (target at most %.1f).",
                sum, wall, ratio, TARGET_RATIO));
        report.note("By stage, both inputs together: " + stages.secondsByStage().entrySet().stream()
                .map(stage -> format("%s %.1f s (%.0f %%)", stage.getKey(), stage.getValue(), 100 * stage.getValue() / sum))
                .collect(Collectors.joining("; ")) + ".");
        if (endToEnd.steps() != null) {
            double job = endToEnd.steps().job().toNanos() / 1e9;
            report.note(format("The job itself (batch_job_execution, without JVM and PostgreSQL start): %.1f s, ratio %.2f.",
                    job, job / sum));
            Map<String, Double> steps = endToEnd.steps().steps().stream()
                    .collect(Collectors.toMap(RecordedSteps.Step::name, step -> step.took().toNanos() / 1e9, Double::sum));
            report.note(format("Job step / its stages (a)+(b)+(c): suppressions %.1f s / %.1f s, contacts %.1f s / %.1f s;"
                    + " match %.1f s / (d) %.1f s; report %.1f s (no stage of its own).",
                    steps.getOrDefault("suppressions", 0.0), stages.secondsOf("suppressions"),
                    steps.getOrDefault("contacts", 0.0), stages.secondsOf("contacts"),
                    steps.getOrDefault("match", 0.0), stages.secondsByStage().getOrDefault("(d) matching", 0.0),
                    steps.getOrDefault("report", 0.0)));
        }
        report.note("Matched alone: " + stages.matched() + (endToEnd.summary() == null ? "" : "; the job: " + endToEnd.summary().list()));
        report.print();
        List<String> failures = new ArrayList<>();
        if (ratio > TARGET_RATIO) {
            failures.add(format("crossref: end to end %.1f s is %.2f times the stages' %.1f s, more than %.1f", wall, ratio, sum,
                    TARGET_RATIO));
        }
        if (endToEnd.summary() != null && !stages.matched().equals(endToEnd.summary().list())) {
            failures.add("crossref: the stages matched " + stages.matched() + ", the job " + endToEnd.summary().list());
        }
        return failures;
    }

    private static List<String> heapReport(String heap, List<CrossrefRun> runs) {
        Report report = new Report("crossref heap as the list grows, child -Xmx" + heap,
                "contacts", "outcome", "wall s", "rows/s (wall)", "child peak RSS MB", "max heap after GC MB", "check");
        for (CrossrefRun run : runs) {
            report.row(Report.count(run.data().contacts()), run.run().outcome(), Report.seconds(run.run().wall()),
                    Report.decimal(run.run().rowsPerSecond(run.data().contacts())), Report.megabytes(run.run().peakRssKb()),
                    run.run().maxHeapAfterGcMb(), run.verdict());
        }
        List<String> failures = new ArrayList<>();
        CrossrefRun first = runs.get(0);
        for (CrossrefRun run : runs.subList(1, runs.size())) {
            double ratio = first.run().maxHeapAfterGcMb() <= 0 ? Double.NaN
                    : (double) run.run().maxHeapAfterGcMb() / first.run().maxHeapAfterGcMb();
            report.note(format("Max heap after GC at %s contacts / at %s: %.2f (flat: at most %.1f).",
                    Report.count(run.data().contacts()), Report.count(first.data().contacts()), ratio, FLAT_HEAP));
            if (!(ratio <= FLAT_HEAP)) {
                failures.add(format("crossref: max heap after GC %d MB at %s contacts against %d MB at %s",
                        run.run().maxHeapAfterGcMb(), Report.count(run.data().contacts()), first.run().maxHeapAfterGcMb(),
                        Report.count(first.data().contacts())));
            }
        }
        report.print();
        return failures;
    }

    private static String against(@Nullable Long job, long truth) {
        return (job == null ? "n/a" : Report.count(job)) + " / " + Report.count(truth);
    }

    private static long rows(CrossrefData data, String step) {
        return switch (step) {
            case "suppressions" -> data.suppressions();
            case "contacts", "match", "report" -> data.contacts();
            default -> 0;
        };
    }

    private static List<Long> sizes(String property) {
        return Arrays.stream(property.split(",")).map(String::trim).filter(size -> !size.isEmpty()).map(Long::parseLong)
                .filter(size -> size > 0).toList();
    }

    private static Duration minutes(String property, long otherwise) {
        return Duration.ofMinutes(Long.getLong(property, otherwise));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
