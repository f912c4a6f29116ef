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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void logsGoUnderTheDataDirectoryGivenWhichIsTheOwnersAlone() throws Exception {
        assertThat(run("jobs")).isEqualTo(ExitCodes.OK);
        assertThat(dataDir.resolve("logs/cxone-batch.log")).exists();
        for (Path own : List.of(dataDir, dataDir.resolve("logs"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(own)))
                    .as(own.toString()).isEqualTo("rwx------");
        }
    }

    @Test
    void aJobCommandWithoutCxoneNamesBothWaysOut() {
        assertThat(run("run", "campaign-provisioning", "plan=plan.csv")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString()).contains("CXONE_BASE_URL", "--sandbox");
    }

    @Test
    void aJobCommandMissingWhatItsDialectNeedsSaysWhatBeforeAnyRun() {
        assertThat(run("run", "campaign-provisioning", "plan=plan.csv", "-Dcxone.base-url=https://cxone.example.com",
                "-Dcxone.dialect=admin")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString()).contains("CXONE_ACCESS_KEY_ID", "--sandbox").doesNotContain("Error creating bean");

        assertThat(run("run", "campaign-provisioning", "plan=plan.csv", "-Dcxone.base-url=https://cxone.example.com",
                "-Dcxone.dialect=admin", "-Dcxone.admin.access-key-id=key", "-Dcxone.admin.access-key-secret-file=" + secretFile()))
                .isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString()).contains("cxone.admin.schedule-zone is not set");
    }

    private Path secretFile() {
        try {
            return java.nio.file.Files.writeString(dataDir.resolve("access-key-secret"), "secret\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
    void statusAndAuditEventsOfARunPrintReadably() {
        Path plan = Path.of("../examples/campaign-plan.csv").toAbsolutePath().normalize();
        assertThat(run("run", "campaign-provisioning", "plan=" + plan, "dryRun=true", "--sandbox"))
                .isIn(ExitCodes.OK, ExitCodes.COMPLETED_WITH_REJECTS);
        Matcher executed = Pattern.compile("campaign-provisioning execution (\\d+):").matcher(out.toString());
        assertThat(executed.find()).as(out.toString()).isTrue();
        String executionId = executed.group(1);

        out.getBuffer().setLength(0);
        assertThat(run("status", executionId)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("  parameters: dryRun=true, plan=" + plan + "\n", "  launched by: cli:")
                .doesNotContain("JobParameter", "run.id");

        out.getBuffer().setLength(0);
        assertThat(run("audit", "events", "--execution", executionId)).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSizeGreaterThan(1);
        String header = lines.get(0);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(Instant.parse(cellUnder(header, "OCCURRED", line))).as(line).isNotNull();
            assertThat(cellUnder(header, "EXEC", line)).as(line).isEqualTo(executionId);
            assertThat(cellUnder(header, "ACTION", line)).as(line).matches("[A-Z_]+");
            assertThat(cellUnder(header, "OUTCOME", line)).as(line).matches("[A-Z]+");
        }
    }

    /** The text of {@code line} that starts under {@code column} in {@code header}, up to the next space. */
    private static String cellUnder(String header, String column, String line) {
        int start = header.indexOf(column);
        assertThat(line.charAt(start - 1)).as("gap before %s in %s", column, line).isEqualTo(' ');
        return line.substring(start).split(" ", 2)[0];
    }

    @Test
    void theClientSecretComesFromAFileAndOneOnTheCommandLineIsWarnedAbout() throws Exception {
        Path secretFile = dataDir.resolve("cxone-secret");
        java.nio.file.Files.writeString(secretFile, io.cxonebatch.bootstrap.batch.JobHarness.CLIENT_SECRET + "\n");
        try (io.cxonebatch.sandbox.CxoneSandbox sandbox = io.cxonebatch.bootstrap.batch.JobHarness.sandbox().start()) {
            assertThat(run("run", "campaign-status-monitor", "-Dcxone.base-url=" + sandbox.baseUrl(),
                    "-Dcxone.client-id=" + io.cxonebatch.bootstrap.batch.JobHarness.CLIENT_ID, "-Dcxone.client-secret-file=" + secretFile))
                    .as(out + "\n" + err).isEqualTo(ExitCodes.OK);
            assertThat(sandbox.inspect().tokenRequests()).as("tokens granted for the file's secret").isPositive();
        }
        assertThat(err.toString()).doesNotContain("process listing");

        assertThat(run("jobs", "-Dcxone.client-secret=on-the-command-line")).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("shows in every process listing", "CXONE_CLIENT_SECRET_FILE");
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
