package io.cxonebatch.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands without a configured data source, on the embedded PostgreSQL of their data dir, which the command line
 * starts while Spring builds the rest of the application.
 */
class EmbeddedDatabaseCommandsIT {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CxoneBatchCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void jobsCreatesTheDataDirsServerMigratesItAndStopsItAgain() {
        assertThat(run("jobs", "--data-dir=" + dataDir)).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("JOB", "campaign-provisioning", "never run");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

        out.getBuffer().setLength(0);
        assertThat(run("audit", "verify", "--data-dir=" + dataDir)).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Audit chain intact");
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void aCommandWhoseApplicationFailsToStartStillStopsTheServerStartedForIt() {
        assertThat(run("schedules", "--data-dir=" + dataDir, "-Dcxone-batch.provisioning.concurrency=0")).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(err.toString()).contains("concurrency (0)");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }
}
