package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.batch.JobRunner;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Restarts a failed, stopped or crashed execution where it stopped. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a FAILED, STOPPED or crashed execution where it stopped, and wait for it.")
class RestartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID")
    long executionId;

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContexts.start(options)) {
            JobRuns.requireCxone(context);
            JobRunner runner = context.getBean(JobRunner.class);
            return JobRuns.runWithOutbox(spec.commandLine().getOut(), context, () -> runner.restart(executionId,
                    "cli:" + System.getProperty("user.name", "unknown")));
        }
    }
}
