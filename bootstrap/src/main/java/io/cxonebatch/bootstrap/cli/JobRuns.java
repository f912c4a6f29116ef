package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.config.ConfigurationException;
import java.io.PrintWriter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.env.Environment;

/** What {@code run} and {@code restart} share: the CXone check before a run and the exit code after it. */
final class JobRuns {

    static final String NO_CXONE = "No CXone to talk to. Either set CXONE_BASE_URL (with CXONE_CLIENT_ID and "
            + "CXONE_CLIENT_SECRET) to use a real tenant, or add --sandbox to use the built-in CXone sandbox.";

    private JobRuns() {
    }

    /** Every job talks to CXone: refuse to start one with nowhere to send its calls. */
    static void requireCxone(Environment environment) {
        boolean sandbox = environment.getProperty("cxone-batch.sandbox", Boolean.class, false);
        String baseUrl = environment.getProperty("cxone.base-url");
        if (!sandbox && (baseUrl == null || baseUrl.isBlank())) {
            throw new ConfigurationException(NO_CXONE);
        }
    }

    static int report(PrintWriter out, JobExecution execution) {
        JobOutcome outcome = JobOutcome.of(execution);
        ExecutionPrinter.summary(out, outcome);
        if (!outcome.completed()) {
            return ExitCodes.JOB_FAILED;
        }
        return outcome.clean() ? ExitCodes.OK : ExitCodes.COMPLETED_WITH_REJECTS;
    }
}
