package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.batch.JobCatalog;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import java.io.PrintWriter;
import java.text.ParseException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quartz.CronExpression;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the configured schedules and when each fires next. */
@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = "List the job schedules that 'serve' runs, and when each fires next.")
class SchedulesCommand implements Callable<Integer> {

    @Option(names = "--next", defaultValue = "3", description = "How many upcoming fire times to show (default: ${DEFAULT-VALUE}).")
    int next;

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ParseException {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = SpringContexts.startDatabaseOnly(options)) {
            Map<String, CxoneBatchProperties.Schedule> schedules = context.getBean(CxoneBatchProperties.class).schedules();
            if (schedules.isEmpty()) {
                out.println("No schedules configured. Add one, e.g. in application.properties:");
                out.println("  cxone-batch.schedules.campaign-status-monitor.cron=0 */15 * * * ?");
                out.println("  cxone-batch.schedules.campaign-status-monitor.zone=America/New_York");
                return ExitCodes.OK;
            }
            int exit = ExitCodes.OK;
            for (Map.Entry<String, CxoneBatchProperties.Schedule> entry : schedules.entrySet()) {
                CxoneBatchProperties.Schedule schedule = entry.getValue();
                ZoneId zone = schedule.zone() == null ? ZoneId.systemDefault() : ZoneId.of(schedule.zone());
                out.printf("%s  cron '%s' in %s%s%n", entry.getKey(), schedule.cron(), zone,
                        JobCatalog.contains(entry.getKey()) ? "" : "  (no such job in this build: it will not run)");
                if (!JobCatalog.contains(entry.getKey())) {
                    exit = ExitCodes.CONFIGURATION;
                }
                CronExpression cron = new CronExpression(schedule.cron());
                cron.setTimeZone(java.util.TimeZone.getTimeZone(zone));
                Date at = new Date();
                for (int i = 0; i < next; i++) {
                    at = cron.getNextValidTimeAfter(at);
                    if (at == null) {
                        break;
                    }
                    out.printf("    next: %s%n", ZonedDateTime.ofInstant(at.toInstant(), zone));
                }
            }
            return exit;
        }
    }
}
