package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.application.port.out.outbox.OutboxPort;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows one job execution. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a job execution: status, steps and counts.")
class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "The execution to show (see 'jobs').")
    long executionId;

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.startDatabaseOnly(options)) {
            PrintWriter out = spec.commandLine().getOut();
            ExecutionPrinter.details(out, JobRunner.execution(context.getBean(JobRepository.class), executionId));
            ExecutionPrinter.notifications(out, context.getBean(OutboxPort.class), executionId);
            return ExitCodes.OK;
        }
    }
}
