package io.cxonebatch.bootstrap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * CLI start-up: wall times of commands typed as an operator types them, through the {@code cxone-batch} launcher (so
 * that its JVM flags and class-data archive count), on one data dir whose embedded PostgreSQL is initialised and
 * migrated by an untimed first run and is not running between commands. Each command runs
 * {@code bench.startup.runs} times (5); the table gives every time and the median. {@code --version} is the floor
 * (JVM and command line, no Spring); a dry run of the example plan against the built-in sandbox stands for a job's
 * start. Target: the median of {@code jobs} at most 1.5 s.
 */
final class StartupScenario {

    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final long TARGET_MILLIS = 1_500;

    private StartupScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        Path launcher = Path.of(System.getProperty("bench.launcher", "cxone-batch")).toAbsolutePath().normalize();
        Path plan = launcher.resolveSibling("examples/campaign-plan.csv");
        int runs = Integer.getInteger("bench.startup.runs", 5);
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("startup");
        String data = runDir.resolve("data").toString();
        try {
            String loadBefore = loadAverage();
            long first = time(launcher, runDir, failures, "jobs", "--data-dir", data);
            Report report = new Report("CLI start-up: " + runs + " runs of each command, data dir already initialised",
                    "command", "times ms", "median ms");
            long jobs = row(report, runs, launcher, runDir, failures, "jobs", "--data-dir", data);
            row(report, runs, launcher, runDir, failures, "--version");
            row(report, runs, launcher, runDir, failures, "run", "campaign-provisioning", "plan=" + plan, "dryRun=true", "--sandbox",
                    "--data-dir", data);
            report.note("First run (initdb and Flyway on the new data dir, and the launcher's class-data archive when the jar"
                    + " is new): " + first + " ms. Load average before: " + loadBefore + "; after: " + loadAverage() + " ("
                    + Runtime.getRuntime().availableProcessors() + " cores).");
            report.print();
            if (jobs > TARGET_MILLIS) {
                failures.add("startup: median of jobs " + jobs + " ms, target " + TARGET_MILLIS + " ms (load " + loadAverage() + ")");
            }
        } finally {
            Bench.dropData(runDir);
        }
        return failures;
    }

    private static long row(Report report, int runs, Path launcher, Path runDir, List<String> failures, String... command)
            throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(time(launcher, runDir, failures, command));
        }
        long median = times.stream().sorted().toList().get(runs / 2);
        report.row(String.join(" ", command).replace(runDir.toString(), "DIR").replace(launcher.getParent() + "/", ""),
                times.stream().map(String::valueOf).collect(Collectors.joining(", ")), median);
        return median;
    }

    /** One run's wall time; a run that fails or outlives its limit is a failure, its output kept under runDir. */
    private static long time(Path launcher, Path runDir, List<String> failures, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(launcher.toString()));
        line.addAll(List.of(command));
        Path log = runDir.resolve("startup-" + command[0].replace("-", "") + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!ended) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            failures.add("startup: " + String.join(" ", command) + " outlived " + LIMIT.toMinutes() + " min; see " + log);
        } else if (process.exitValue() != 0 && process.exitValue() != 3) {
            // 3: the dry run COMPLETED with some of the example's rows rejected, as the example means it to.
            failures.add("startup: " + String.join(" ", command) + " exited " + process.exitValue() + ": "
                    + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
        return millis;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
