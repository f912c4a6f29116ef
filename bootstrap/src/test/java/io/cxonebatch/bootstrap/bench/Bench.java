package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.FaultSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What every scenario shares: the job jar, the working directory and fresh sandboxes. */
final class Bench {

    private final JobProcess job;
    private final Path workDir;
    private int runs;

    Bench(JobProcess job, Path workDir) {
        this.job = job;
        this.workDir = workDir;
    }

    JobProcess job() {
        return job;
    }

    /** A new sandbox on 127.0.0.1 (a free port) starting with {@code faults}. */
    CxoneSandbox sandbox(FaultSettings faults) {
        return sandboxBuilder().faults(faults).start();
    }

    /** A sandbox on 127.0.0.1 (a free port) that knows the job's credentials, for a scenario to add its data to. */
    CxoneSandbox.Builder sandboxBuilder() {
        return CxoneSandbox.builder().port(0).clientId(JobProcess.CLIENT_ID).clientSecret(JobProcess.CLIENT_SECRET);
    }

    /** A new, empty directory for one run (or a series of runs on one data dir). */
    Path runDir(String name) throws IOException {
        runs++;
        Path dir = workDir.resolve(String.format("%02d-%s", runs, name));
        if (Files.exists(dir)) {
            deleteTree(dir);
        }
        return Files.createDirectories(dir);
    }

    BenchPlan plan(String name, int rows) throws IOException {
        Files.createDirectories(workDir);
        return BenchPlan.write(workDir.resolve(name + "-" + rows + ".csv"), rows);
    }

    /** Deletes a run's data dir (its PostgreSQL cluster) and keeps its logs. */
    static void dropData(Path runDir) throws IOException {
        Path data = runDir.resolve("data");
        if (Files.exists(data)) {
            deleteTree(data);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
