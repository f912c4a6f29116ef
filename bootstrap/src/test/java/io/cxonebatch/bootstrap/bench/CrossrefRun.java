package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One end-to-end run of {@code suppression-crossref lists=ID} as a child process against a fresh sandbox serving
 * {@code data}, on a fresh data dir: what it did, what its database recorded of its steps, and whether its totals
 * are the sandbox's ground truth.
 *
 * @param steps null when the run's database could not be read
 * @param summary null when the run printed none
 * @param problems empty when the run ended on its own with the exit code its data calls for and the exact result
 */
record CrossrefRun(CrossrefData data, JobRun run, @Nullable RecordedSteps steps, @Nullable CrossrefSummary summary,
        CrossrefTruth truth, RequestTally requests, String requestsByRoute, List<String> problems) {

    static CrossrefRun run(Bench bench, CrossrefData data, JobOptions options) throws Exception {
        Path runDir = bench.runDir("crossref-" + data.contacts());
        try (CxoneSandbox sandbox = data.sandbox(bench)) {
            JobRun run = bench.job().run(sandbox, List.of("suppression-crossref", "lists=" + data.listId()), JobProcess.NO_CREATES,
                    runDir, options);
            List<String> problems = new ArrayList<>();
            RecordedSteps steps = null;
            try {
                steps = RecordedSteps.of(runDir.resolve("data"));
            } catch (SQLException | RuntimeException e) {
                problems.add("steps not read from the run's database: " + e.getMessage());
            }
            CrossrefSummary summary = CrossrefSummary.lastIn(Files.readString(run.log(), StandardCharsets.UTF_8), data.listId())
                    .orElse(null);
            CrossrefTruth truth = CrossrefTruth.of(sandbox.inspect(), data.listId());
            // A contact whose number cannot be parsed counts as rejected, and a run with rejects exits 3.
            int expectedExit = truth.unparseable() > 0 ? 3 : 0;
            if (run.timedOut() || run.exitCode() != expectedExit) {
                problems.add(run.outcome() + ", expected exit " + expectedExit + " (log: " + run.log() + ")");
            }
            if (summary == null) {
                problems.add("no summary printed for " + data.listId() + " (log: " + run.log() + ")");
            } else {
                if (summary.entries() != data.suppressions()) {
                    problems.add("suppression entries read " + summary.entries() + ", served " + data.suppressions());
                }
                problems.addAll(truth.problems(data, summary.list()));
            }
            return new CrossrefRun(data, run, steps, summary, truth, RequestTally.of(sandbox.inspect()),
                    RequestTally.byRoute(sandbox.inspect()), problems);
        } finally {
            Bench.dropData(runDir);
        }
    }

    String verdict() {
        return SandboxCheck.verdict(problems);
    }
}
