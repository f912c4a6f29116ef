package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.config.ConfigurationException;
import java.io.PrintWriter;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import picocli.CommandLine;

/** Entry point of the command line; returns the process exit code. */
public final class CxoneBatchCli {

    private CxoneBatchCli() {
    }

    /** The jar's entry point: runs one command and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CxoneBatchCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(CxoneBatchCli::exitCodeOf);
        commandLine.setExecutionStrategy(parseResult -> {
            warnOfSecretsInArguments(parseResult.originalArgs(), parseResult.commandSpec().commandLine().getErr());
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("Error: " + messageOf(exception)));
            return exitCodeOf(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println(cmd.getColorScheme().errorText("Error: " + describe(exception)));
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for what it expects.");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    /** Arguments show in every process listing ({@code ps}): a secret among them is readable by any local user. */
    private static void warnOfSecretsInArguments(java.util.List<String> arguments, PrintWriter err) {
        if (arguments.stream().anyMatch(argument -> argument.contains("cxone.client-secret=")
                || argument.contains("cxone.admin.access-key-secret=") || argument.contains("api.password=")
                || argument.contains("api.token=") || argument.contains("jmx.password="))) {
            err.println("Warning: a secret given on the command line shows in every process listing (ps); set it in the "
                    + "environment (CXONE_CLIENT_SECRET, CXONE_BATCH_API_TOKEN, …) or name a file (CXONE_CLIENT_SECRET_FILE) instead.");
        }
    }

    private static String describe(CommandLine.ParameterException exception) {
        CommandLine cmd = exception.getCommandLine();
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched && !cmd.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty()) {
            return "Unknown command '" + unmatched.getUnmatched().get(0) + "': expected one of "
                    + String.join(", ", cmd.getSubcommands().keySet());
        }
        return exception.getMessage();
    }

    private static int exitCodeOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException) {
                return ExitCodes.CONFIGURATION;
            }
            if (t instanceof InvalidJobParametersException) {
                return ExitCodes.USAGE;
            }
        }
        return ExitCodes.JOB_FAILED;
    }

    /** The most telling message in the chain: a configuration problem first, else the root cause. */
    private static String messageOf(Throwable exception) {
        Throwable root = exception;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
