package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.bootstrap.batch.NoSuchJobException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Runs one job once, in this process, and waits for it. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job once and wait for it; exit 0 when it COMPLETED with nothing rejected.",
        footer = {"", "Example: cxone-batch run campaign-provisioning plan=examples/campaign-plan.csv --sandbox"})
class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "The job to run (see 'jobs').")
    String job;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Job parameters, e.g. plan=FILE dryRun=true.")
    List<String> parameters = new ArrayList<>();

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> jobParameters = parse(parameters);
        jobParameters.put(JobRunner.LAUNCHED_BY, "cli:" + System.getProperty("user.name", "unknown"));
        try (ConfigurableApplicationContext context = SpringContexts.start(options)) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobRuns.requireCxone(context);
            if (!runner.hasJob(job)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        new NoSuchJobException(job, runner.jobNames()).getMessage());
            }
            return JobRuns.runWithOutbox(spec.commandLine().getOut(), context, () -> runner.start(job, jobParameters));
        }
    }

    private Map<String, String> parse(List<String> arguments) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Job parameter '" + argument + "' is not of the form KEY=VALUE");
            }
            result.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        return result;
    }
}
