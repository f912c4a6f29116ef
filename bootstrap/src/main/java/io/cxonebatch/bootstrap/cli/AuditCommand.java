package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.application.port.out.audit.AuditChainReport;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.audit.AuditQuery;
import io.cxonebatch.application.port.out.audit.QueryAuditEventsPort;
import io.cxonebatch.application.port.out.audit.StoredAuditEvent;
import io.cxonebatch.application.port.out.audit.VerifyAuditChainPort;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compliance queries on the audit record. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Query the audit record, or verify that no row was removed or altered.",
        subcommands = {AuditCommand.Events.class, AuditCommand.Verify.class})
class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing audit command: expected 'events' or 'verify'");
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

        @Option(names = "--limit", defaultValue = "100", description = "At most this many events (default: ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.start(options)) {
                AuditQuery query = new AuditQuery(from, to, execution, campaign, action, outcome, limit);
                print(out, context.getBean(QueryAuditEventsPort.class).findAuditEvents(query));
                return ExitCodes.OK;
            }
        }

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

        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.start(options)) {
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
    }
}
