package io.cxonebatch.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that start the application, on a real PostgreSQL that starts out empty. */
class CommandLineIT {

    private static TestDatabase database;

    @TempDir
    static Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void emptyDatabase() {
        database = TestPostgres.newUnmigratedDatabase();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir=" + dataDir);
        all.add("-Dspring.datasource.url=" + database.jdbcUrl());
        all.add("-Dspring.datasource.username=" + database.username());
        all.add("-Dspring.datasource.password=" + database.password());
        return CxoneBatchCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    }

    @Test
    void jobsMigratesAnEmptyDatabaseAndListsTheJobs() throws Exception {
        assertThat(run("jobs")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("JOB", "LAST RUN");
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables where table_name in "
                        + "('batch_job_instance', 'qrtz_triggers', 'audit_event', 'known_campaign')")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(4);
        }
    }

    @Test
    void logsGoUnderTheDataDirectoryGiven() {
        assertThat(run("jobs")).isEqualTo(ExitCodes.OK);
        assertThat(dataDir.resolve("logs/cxone-batch.log")).exists();
    }

    @Test
    void aJobCommandWithoutCxoneNamesBothWaysOut() {
        assertThat(run("run", "campaign-provisioning", "plan=plan.csv")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString()).contains("CXONE_BASE_URL", "--sandbox");
    }

    @Test
    void restartWithoutCxoneIsAConfigurationError() {
        assertThat(run("restart", "1")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString()).contains("CXONE_BASE_URL", "--sandbox");
    }

    @Test
    void statusOfAnUnknownExecutionSaysSo() {
        assertThat(run("status", "424242")).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(err.toString()).contains("No job execution 424242");
    }

    @Test
    void auditVerifyReportsAnIntactChain() {
        assertThat(run("audit", "verify")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Audit chain intact");
    }

    @Test
    void schedulesExplainsHowToAddOneWhenNoneIsConfigured() {
        assertThat(run("schedules")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("No schedules configured", "cxone-batch.schedules.");
    }

    @Test
    void schedulesShowsTheNextFireTimesInTheScheduleZone() {
        assertThat(run("schedules", "--next", "2", "-Dcxone-batch.schedules.nightly-thing.cron=0 30 2 * * ?",
                "-Dcxone-batch.schedules.nightly-thing.zone=America/New_York")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(out.toString()).contains("nightly-thing", "02:30-05:00[America/New_York]", "no such job");
    }
}
