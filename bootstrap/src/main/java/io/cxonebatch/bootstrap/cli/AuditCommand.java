package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.application.audit.AuditAnchor;
import io.cxonebatch.application.audit.AuditAnchors;
import io.cxonebatch.application.port.out.audit.AuditChainReport;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.audit.AuditQuery;
import io.cxonebatch.application.port.out.audit.QueryAuditEventsPort;
import io.cxonebatch.application.port.out.audit.StoredAuditEvent;
import io.cxonebatch.application.port.out.audit.VerifyAuditChainPort;
import io.cxonebatch.bootstrap.batch.AuditAnchorFile;
import io.cxonebatch.bootstrap.config.AuditAnchorKey;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compliance queries on the audit record. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Query the audit record, or verify that no row was removed or altered.",
        subcommands = {AuditCommand.Events.class, AuditCommand.Verify.class, AuditCommand.Anchor.class, AuditCommand.Export.class,
                AuditCommand.VerifyExport.class})
class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing audit command: expected 'events', 'verify' or 'anchor'");
    }

    @Command(name = "events", mixinStandardHelpOptions = true, description = "List audit events, oldest first.")
    static class Events implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "INSTANT", description = "Only events at or after this instant (e.g. 2026-11-01T00:00:00Z).")
        @Nullable Instant from;

        @Option(names = "--to", paramLabel = "INSTANT", description = "Only events before this instant.")
        @Nullable Instant to;

        @Option(names = "--execution", paramLabel = "ID", description = "Only events of this job execution.")
        @Nullable Long execution;

        @Option(names = "--campaign", paramLabel = "REF", description = "Only events about this campaign (external key or CXone id).")
        @Nullable String campaign;

        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action, e.g. CAMPAIGN_CREATED.")
        @Nullable String action;

        @Option(names = "--outcome", paramLabel = "OUTCOME", description = "Only this outcome: ${COMPLETION-CANDIDATES}.")
        @Nullable AuditOutcome outcome;

        @Option(names = "--job", paramLabel = "JOB", description = "Only events of this job, e.g. dialer-parameter-update.")
        @Nullable String job;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many events; 0 for all (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--format", defaultValue = "table",
                description = "table (for a terminal), csv or json (default: ${DEFAULT-VALUE}).")
        AuditEventsFormat format;

        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (limit < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, was " + limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.startDatabaseOnly(options)) {
                QueryAuditEventsPort audit = context.getBean(QueryAuditEventsPort.class);
                long wanted = limit == 0 ? Long.MAX_VALUE : limit;
                AuditQuery page = new AuditQuery(from, to, execution, job, campaign, action, outcome, null,
                        (int) Math.min(PAGE, wanted));
                try (AuditEventsFormat.Writer writer = format.writer(out)) {
                    long written = 0;
                    // Page by page, each after the last row of the one before: a year of audit rows never sits in memory.
                    while (written < wanted) {
                        List<StoredAuditEvent> events = audit.findAuditEvents(page);
                        List<StoredAuditEvent> shown = events.subList(0, (int) Math.min(events.size(), wanted - written));
                        writer.write(shown);
                        written += shown.size();
                        if (events.size() < page.limit()) {
                            break;
                        }
                        page = page.after(events.get(events.size() - 1));
                    }
                }
                return ExitCodes.OK;
            }
        }

        /** Rows read from the database at a time. */
        static final int PAGE = 1_000;

        /** The events as a table whose columns fit their values, header aligned with them. */
        static void print(PrintWriter out, List<StoredAuditEvent> events) {
            TextTable table = new TextTable("ID", "OCCURRED", "EXEC", "ACTION", "CAMPAIGN", "OUTCOME", "HTTP", "DETAILS");
            for (StoredAuditEvent stored : events) {
                AuditEvent event = stored.event();
                table.row(stored.id(), event.occurredAt(), event.jobExecutionId(), event.action(), event.campaignRef(),
                        event.outcome(), event.httpStatus(), event.details());
            }
            table.print(out);
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Re-compute the hash chain; exit 1 if a row was removed, inserted or altered.")
    static class Verify implements Callable<Integer> {

        @Option(names = "--anchor", paramLabel = "FILE",
                description = "Also check that the chain still reaches every anchor in FILE (see 'audit anchor'); needs the anchor key.")
        @Nullable Path anchorFile;

        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = SpringContexts.startDatabaseOnly(options)) {
                if (anchorFile != null) {
                    return checkAnchors(context);
                }
                AuditChainReport report = context.getBean(VerifyAuditChainPort.class).verifyAuditChain();
                if (report.intact()) {
                    spec.commandLine().getOut().printf("Audit chain intact: %d rows checked.%n", report.rowsChecked());
                    return ExitCodes.OK;
                }
                spec.commandLine().getErr().printf("Audit chain BROKEN at row %d: %s (%d rows checked).%n",
                        report.firstBrokenId(), report.problem(), report.rowsChecked());
                return ExitCodes.JOB_FAILED;
            }
        }

        private int checkAnchors(ConfigurableApplicationContext context) throws IOException {
            List<AuditAnchor> anchors = AuditAnchorFile.read(anchorFile);
            if (anchors.isEmpty()) {
                spec.commandLine().getErr().printf("%s holds no audit anchor.%n", anchorFile);
                return ExitCodes.JOB_FAILED;
            }
            AuditAnchors checker = anchors(context);
            int exit = ExitCodes.OK;
            for (AuditAnchor anchor : anchors) {
                AuditAnchors.AnchorCheck check = checker.check(anchor);
                if (check.reached()) {
                    spec.commandLine().getOut().printf("Anchor of %s (row %d) reached: chain intact, %d rows checked.%n",
                            anchor.at(), anchor.id(), check.rowsChecked());
                } else {
                    spec.commandLine().getErr().printf("Anchor of %s (row %d) NOT reached: %s.%n", anchor.at(), anchor.id(), check.problem());
                    exit = ExitCodes.JOB_FAILED;
                }
            }
            return exit;
        }
    }

    @Command(name = "anchor", mixinStandardHelpOptions = true,
            description = "Record how far the audit chain reaches now, signed with the anchor key, in a file outside the database.")
    static class Anchor implements Callable<Integer> {

        @Option(names = "--file", paramLabel = "FILE", description = "Append the anchor to FILE (default: <data-dir>/audit-anchors).")
        @Nullable Path file;

        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = SpringContexts.startDatabaseOnly(options)) {
                Optional<AuditAnchor> anchor = anchors(context).take();
                if (anchor.isEmpty()) {
                    spec.commandLine().getErr().println("The audit record is empty: there is nothing to anchor yet.");
                    return ExitCodes.JOB_FAILED;
                }
                Path target = file != null ? file : context.getBean(CxoneBatchProperties.class).auditAnchorFile();
                AuditAnchorFile.append(target, anchor.get());
                spec.commandLine().getOut().println(anchor.get().line());
                spec.commandLine().getOut().printf("Appended to %s; keep a copy where the database's administrators cannot write.%n",
                        target.toAbsolutePath());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the audit rows of a time range, with the chain's hashes and a manifest, for an auditor to check offline.")
    static class Export implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "INSTANT", description = "Rows that occurred at or after this instant.")
        @Nullable Instant from;

        @Option(names = "--to", paramLabel = "INSTANT", description = "Rows that occurred before this instant.")
        @Nullable Instant to;

        @Parameters(index = "0", paramLabel = "DIR", description = "An empty or new directory.")
        Path dir;

        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = SpringContexts.startDatabaseOnly(options)) {
                AuditBundle.Written written = AuditBundle.write(dir, context.getBean(QueryAuditEventsPort.class), from, to);
                spec.commandLine().getOut().printf("Exported %d audit rows%s to %s; check it with: cxone-batch audit verify-export %s%n",
                        written.rows(), written.rows() == 0 ? "" : " (" + written.firstId() + " to " + written.lastId() + ")",
                        dir.toAbsolutePath(), dir);
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "verify-export", mixinStandardHelpOptions = true,
            description = "Check an audit export offline: the files' SHA-256, every row's hash and the links between rows.")
    static class VerifyExport implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        /** Accepted as every command accepts them; the check itself needs neither the database nor CXone. */
        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<String> problems = AuditBundle.verify(dir);
            if (problems.isEmpty()) {
                spec.commandLine().getOut().printf("Audit export %s intact.%n", dir);
                return ExitCodes.OK;
            }
            problems.forEach(problem -> spec.commandLine().getErr().println("Audit export BROKEN: " + problem));
            return ExitCodes.JOB_FAILED;
        }
    }

    static AuditAnchors anchors(ConfigurableApplicationContext context) {
        return new AuditAnchors(context.getBean(VerifyAuditChainPort.class), AuditAnchorKey.of(context.getEnvironment()),
                Clock.systemUTC());
    }
}
