package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cxone-batch jar as a real process, on a test's database and sandbox, for tests that kill it: a {@code kill -9}
 * is only real when it ends a JVM.
 */
public final class CxoneBatchProcess {

    private static final Path JAR = Path.of("target/cxone-batch.jar");
    public static final Duration LIMIT = Duration.ofMinutes(3);

    private final Path dataDir;
    private final TestDatabase database;
    private final CxoneSandbox sandbox;
    private final List<String> properties = new ArrayList<>(List.of("-Dcxone.rate-limit-per-minute=600000"));

    public CxoneBatchProcess(Path dataDir, TestDatabase database, CxoneSandbox sandbox) {
        this.dataDir = dataDir;
        this.database = database;
        this.sandbox = sandbox;
    }

    /** Sets a property of the process, replacing any value it had (the fast test rate limit included). */
    public CxoneBatchProcess with(String property, Object value) {
        properties.removeIf(existing -> existing.startsWith("-D" + property + "="));
        properties.add("-D" + property + "=" + value);
        return this;
    }

    public Started start(String... arguments) throws IOException {
        assertThat(JAR).as("the application jar (built in the package phase)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--data-dir", dataDir.toString(),
                "-Dspring.datasource.url=" + database.jdbcUrl(),
                "-Dspring.datasource.username=" + database.username(),
                "-Dspring.datasource.password=" + database.password()));
        command.addAll(properties);
        Path log = Files.createTempFile(dataDir, "cxone-batch-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CXONE_BASE_URL", sandbox.baseUrl().toString());
        builder.environment().put("CXONE_CLIENT_ID", JobHarness.CLIENT_ID);
        builder.environment().put("CXONE_CLIENT_SECRET", JobHarness.CLIENT_SECRET);
        return new Started(builder.start(), log);
    }

    /** A started process and the file its output goes to. */
    public record Started(Process process, Path log) {

        public Result finish() throws Exception {
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("cxone-batch did not finish in " + LIMIT + ":\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log));
        }

        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    public record Result(int exitCode, String output) {
    }
}
