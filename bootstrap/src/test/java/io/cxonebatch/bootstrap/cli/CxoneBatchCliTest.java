package io.cxonebatch.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The parts of the command line that never start Spring. */
class CxoneBatchCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CxoneBatchCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void helpListsEveryCommandOfTheProduct() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("run", "jobs", "status", "restart", "stop", "audit", "schedules", "serve");
        assertThat(out.toString()).contains("Exit codes:");
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("cxone-batch ");
    }

    @Test
    void anUnknownCommandExitsWithUsageAndNamesTheCommandsExpected() {
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown command 'frobnicate'", "expected one of", "run", "jobs");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing command");
    }

    @Test
    void aStatusWithoutAnExecutionIdIsAUsageError() {
        assertThat(run("status")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("EXECUTION_ID");
    }

    @Test
    void aStatusWithANonNumericIdIsAUsageError() {
        assertThat(run("status", "abc")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("abc");
    }

    @Test
    void anAuditOutcomeOutsideTheListIsAUsageError() {
        assertThat(run("audit", "events", "--outcome", "MAYBE")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("MAYBE");
    }

    @Test
    void serveTakesTheAddressToListenOnAndTheAdminApiSwitch() {
        assertThat(run("serve", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--address", "127.0.0.1", "--api", "cxone-batch.api.token");
    }
}
