package io.cxonebatch.bootstrap.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the real jobs, the application jar in a child JVM, against a {@link io.cxonebatch.sandbox.CxoneSandbox} hosted in
 * this JVM on 127.0.0.1, and prints figures as Markdown tables: {@code campaign-provisioning} in four scenarios and
 * {@code suppression-crossref} in one.
 * Every run has a fresh sandbox and a fresh data dir (so a fresh embedded PostgreSQL), and is stopped and counted
 * as a failure when it outlives its limit.
 *
 * <p>Scenarios ({@code -Dbench.scenario=throughput|heap|budget|faults|crossref|startup|audit|all}, or several separated by commas):
 * throughput at several concurrency settings, 100,000 rows in a 256 MB heap, use of a 600 requests/minute budget,
 * and 15 % injected faults; and crossref, 1,000,000 contacts against 1,000,000 suppressions end to end, each of its
 * stages alone, and 5,000,000 contacts in the same 512 MB heap; and startup, the CLI's start-up through the
 * launcher. See docs/benchmarks.md for each one's settings and properties.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bootstrap -am package -DskipTests -Dbench.scenario=all}; setting
 * {@code bench.scenario} turns on bootstrap's {@code bench} profile, which runs this after the jar is built. Ends
 * with an exception when any check failed.
 */
public final class ProvisioningBenchmark {

    private static final List<String> SCENARIOS = List.of("throughput", "heap", "budget", "faults", "crossref", "pacing", "roster", "monitor", "audit",
            "startup");

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> chosen = chosen(System.getProperty("bench.scenario", "all"));
        BenchLogging.warningsOnly();
        JobProcess job = new JobProcess(Path.of(System.getProperty("bench.jar", "bootstrap/target/cxone-batch.jar")));
        Bench bench = new Bench(job, Path.of(System.getProperty("bench.workDir", "bootstrap/target/bench")));
        System.out.printf("job benchmark: %s; %d cores; java %s; benchmark JVM max heap %d MB%n",
                String.join(", ", chosen), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        List<String> failures = new ArrayList<>();
        for (String scenario : chosen) {
            long started = System.nanoTime();
            failures.addAll(switch (scenario) {
                case "throughput" -> ThroughputScenario.run(bench);
                case "heap" -> HeapScenario.run(bench);
                case "budget" -> BudgetScenario.run(bench);
                case "faults" -> FaultsScenario.run(bench);
                case "crossref" -> CrossrefScenario.run(bench);
                case "pacing" -> PacingRosterScenario.pacing(bench);
                case "roster" -> PacingRosterScenario.roster(bench);
                case "monitor" -> MonitorScenario.run(bench);
                case "startup" -> StartupScenario.run(bench);
                case "audit" -> AuditScenario.run(bench);
                default -> throw new IllegalStateException("no scenario " + scenario);
            });
            System.out.printf("(%s took %d s)%n", scenario, (System.nanoTime() - started) / 1_000_000_000L);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " check(s) failed:\n  " + String.join("\n  ", failures));
        }
        System.out.println("Every check passed.");
    }

    private static Set<String> chosen(String property) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : property.toLowerCase(Locale.ROOT).split(",")) {
            String trimmed = name.trim();
            if (trimmed.equals("all")) {
                chosen.addAll(SCENARIOS);
            } else if (SCENARIOS.contains(trimmed)) {
                chosen.add(trimmed);
            } else {
                throw new IllegalArgumentException("bench.scenario " + property + ": unknown scenario '" + trimmed
                        + "'; choose from " + SCENARIOS + " or all");
            }
        }
        return chosen;
    }
}
