package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.config.ConfigurationException;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import io.cxonebatch.bootstrap.outbox.OutboxRelayRunner;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** What {@code run} and {@code restart} share: the CXone check before a run and the exit code after it. */
final class JobRuns {

    static final String NO_CXONE = "No CXone to talk to. Either set CXONE_BASE_URL (with CXONE_CLIENT_ID and "
            + "CXONE_CLIENT_SECRET) to use a real tenant, or add --sandbox to use the built-in CXone sandbox.";

    private JobRuns() {
    }

    /**
     * Every job talks to CXone: refuse to start one with nowhere to send its calls, or without what its dialect needs to
     * call (credentials, the Admin API's business-unit zone), before any execution is made. Making the adapter checks
     * the settings and sends nothing.
     */
    static void requireCxone(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        boolean sandbox = environment.getProperty("cxone-batch.sandbox", Boolean.class, false);
        String baseUrl = environment.getProperty("cxone.base-url");
        if (!sandbox && (baseUrl == null || baseUrl.isBlank())) {
            throw new ConfigurationException(NO_CXONE);
        }
        if (!sandbox) {
            context.getBean(CxoneAdapter.class);
        }
    }

    /**
     * Runs a job (a start or a restart) with the outbox's relay working beside it, then gives the run's notifications
     * a short while to go out, prints the summary and returns the exit code.
     */
    static int runWithOutbox(PrintWriter out, ConfigurableApplicationContext context, Callable<JobExecution> run)
            throws Exception {
        OutboxRelayRunner relay = context.getBean(OutboxRelayRunner.class);
        relay.start();
        JobExecution execution = run.call();
        Duration drain = context.getBean(CxoneBatchProperties.class).outbox().drainOnExit();
        List<Long> executions = context.getBean(JobRepository.class).getJobExecutions(execution.getJobInstance()).stream()
                .map(JobExecution::getId).toList();
        NotificationCounts counts = relay.drain(executions, drain);
        int exit = report(out, execution);
        if (counts.total() > 0) {
            out.printf("Notifications of this run: delivered %d, pending %d, dead %d%s%n", counts.delivered(), counts.pending(),
                    counts.dead(), counts.pending() > 0 ? " (the pending ones are delivered by the next run or serve)" : "");
            out.flush();
        }
        return exit;
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
