package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.application.port.out.outbox.OutboxPort;
import io.cxonebatch.bootstrap.batch.ExecutionHistory;
import io.cxonebatch.bootstrap.batch.JobCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the jobs and their last executions. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List the jobs and their last executions.")
class JobsCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = SpringContexts.startDatabaseOnly(options)) {
            ExecutionHistory history = new ExecutionHistory(context.getBean(DataSource.class), context.getBean(JobRepository.class));
            out.printf("%-28s %-10s %-10s %-19s %-19s%n", "JOB", "LAST RUN", "STATUS", "STARTED", "ENDED");
            for (String name : JobCatalog.names()) {
                JobExecution execution = history.last(name).orElse(null);
                if (execution == null) {
                    out.printf("%-28s %-10s %-10s %-19s %-19s%n", name, "-", "never run", "-", "-");
                } else {
                    out.printf("%-28s %-10d %-10s %-19s %-19s%n", name, execution.getId(), execution.getStatus(),
                            ExecutionPrinter.time(execution.getStartTime()), ExecutionPrinter.time(execution.getEndTime()));
                }
            }
            NotificationCounts outbox = context.getBean(OutboxPort.class).counts(null);
            if (outbox.total() > 0) {
                out.printf("%nOutbox: delivered %d, pending %d, dead %d%s%n", outbox.delivered(), outbox.pending(), outbox.dead(),
                        outbox.dead() > 0 ? " (status <executionId> shows each dead notification's reason)" : "");
            }
            return ExitCodes.OK;
        }
    }
}
