package io.cxonebatch.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: it only lists the others. */
@Command(
        name = "cxone-batch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs NICE CXone outbound campaign operations as scheduled, auditable batch jobs.",
        subcommands = {
            RunCommand.class,
            JobsCommand.class,
            StatusCommand.class,
            RestartCommand.class,
            StopCommand.class,
            AuditCommand.class,
            SchedulesCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes:",
            "  0  done; a job run COMPLETED with nothing rejected or failed",
            "  1  a job run did not complete, or the command could not do its work",
            "  2  unknown command or bad arguments",
            "  3  a job run COMPLETED but some items were rejected or failed",
            "  4  configuration error, e.g. no CXone to talk to"
        })
class CxoneBatchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: expected one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
