package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the application jar as a child JVM, {@code run <job> key=value…} (such as {@code run campaign-provisioning
 * plan=FILE}), against a sandbox on 127.0.0.1, with a data dir of its own (so its own embedded PostgreSQL), and
 * measures it. A run that outlives its limit is stopped: first politely, so that it stops its PostgreSQL, then by
 * force.
 */
final class JobProcess {

    static final String CLIENT_ID = "bench";
    static final String CLIENT_SECRET = "bench-secret";
    /** The halfway mark of a job that creates no campaign: never reached. */
    static final long NO_CREATES = Integer.MAX_VALUE;

    private static final Duration MEMORY_SAMPLE = Duration.ofMillis(200);
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final Pattern HEAP_AFTER_GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Path jar;

    JobProcess(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no application jar at " + jar.toAbsolutePath()
                    + "; build it first with ./mvnw -B -q -DskipTests package");
        }
        this.jar = jar;
    }

    /** Runs the plan once; {@code runDir} holds the data dir, and receives the run's console log and GC log. */
    JobRun run(CxoneSandbox sandbox, BenchPlan plan, Path runDir, JobOptions options) throws IOException, InterruptedException {
        return run(sandbox, List.of("campaign-provisioning", "plan=" + plan.file()), plan.rows() / 2, runDir, options);
    }

    /**
     * Runs {@code job} (the job's name, then its {@code key=value} parameters) once. {@code halfwayCreates} is how many
     * campaigns the run creates by its halfway mark ({@link TrafficSpan}); a job that creates none passes
     * {@link #NO_CREATES}.
     */
    JobRun run(CxoneSandbox sandbox, List<String> job, long halfwayCreates, Path runDir, JobOptions options)
            throws IOException, InterruptedException {
        Path dataDir = runDir.resolve("data");
        Files.createDirectories(dataDir);
        int attempt = 1;
        while (Files.exists(runDir.resolve("job-" + attempt + ".log"))) {
            attempt++;
        }
        Path log = runDir.resolve("job-" + attempt + ".log");
        Path gcLog = runDir.resolve("gc-" + attempt + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmOptions());
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-jar", jar.toString(), "run"));
        command.addAll(job);
        command.addAll(List.of("--data-dir", dataDir.toString()));
        command.addAll(options.settingArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CXONE_BASE_URL", sandbox.baseUrl().toString());
        builder.environment().put("CXONE_CLIENT_ID", CLIENT_ID);
        builder.environment().put("CXONE_CLIENT_SECRET", CLIENT_SECRET);

        long started = System.nanoTime();
        TrafficWatch traffic = TrafficWatch.start(sandbox.inspect(), started, halfwayCreates);
        Process process = builder.start();
        long deadline = started + options.limit().toNanos();
        long peakRssKb = 0;
        boolean timedOut = false;
        while (!process.waitFor(MEMORY_SAMPLE.toMillis(), TimeUnit.MILLISECONDS)) {
            peakRssKb = Math.max(peakRssKb, peakRssKb(process.pid()));
            if (System.nanoTime() > deadline) {
                timedOut = true;
                stop(process, dataDir);
                break;
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        TrafficSpan span = traffic.stop();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        long heapAfterGc = Files.exists(gcLog) ? maxHeapAfterGcMb(gcLog) : -1;
        return new JobRun(timedOut ? -1 : process.exitValue(), timedOut, wall, peakRssKb, heapAfterGc, span,
                RowSummary.lastIn(output), log);
    }

    private static void stop(Process process, Path dataDir) throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(GRACE.toSeconds(), TimeUnit.SECONDS);
            stopOrphanedPostgres(dataDir);
        }
    }

    /** A killed JVM leaves its PostgreSQL running; its pid is the first line of {@code postmaster.pid}. */
    private static void stopOrphanedPostgres(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.find(dataDir, 4, (path, attributes) -> path.endsWith("postmaster.pid"))) {
            for (Path pidFile : files.toList()) {
                String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
                if (first.matches("\\d+")) {
                    ProcessHandle.of(Long.parseLong(first)).ifPresent(ProcessHandle::destroy);
                }
            }
        }
    }

    private static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between the check and the read, or there is no /proc: keep the last sample.
        }
        return 0;
    }

    private static long maxHeapAfterGcMb(Path gcLog) throws IOException {
        long max = -1;
        Matcher matcher = HEAP_AFTER_GC.matcher(Files.readString(gcLog, StandardCharsets.UTF_8));
        while (matcher.find()) {
            max = Math.max(max, Long.parseLong(matcher.group(2)));
        }
        return max;
    }
}
