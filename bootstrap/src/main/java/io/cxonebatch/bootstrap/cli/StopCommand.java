package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.batch.JobRunner;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Asks a running execution to stop; it stops at its next chunk boundary, wherever it runs. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Ask a running execution to stop at its next chunk boundary (it can be restarted later).")
class StopCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID")
    long executionId;

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContexts.start(options)) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution execution = runner.execution(executionId);
            if (!execution.isRunning()) {
                spec.commandLine().getErr().printf("Execution %d is %s, not running; nothing to stop.%n", executionId,
                        execution.getStatus());
                return ExitCodes.JOB_FAILED;
            }
            String job = execution.getJobInstance().getJobName();
            if (runner.stop(executionId) == JobRunner.StopOutcome.REQUESTED) {
                spec.commandLine().getOut().printf("Stop requested for execution %d of %s; it stops at its next chunk boundary. "
                        + "Resume it with: cxone-batch restart %d%n", executionId, job, executionId);
            } else {
                spec.commandLine().getOut().printf("Execution %d of %s had no process running it any more; marked FAILED. "
                        + "Resume it with: cxone-batch restart %d%n", executionId, job, executionId);
            }
            return ExitCodes.OK;
        }
    }
}
