package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * campaign-status-monitor over 5,000 tracked campaigns, a real process against the sandbox at the product's own rate
 * limit (100 requests a minute). The campaigns are provisioned first, unpaced and not measured; then another operator
 * moves a tenth of them on and deletes ten. Prints the wall time and the requests it took: close to
 * campaigns / 1,000 pages, plus one read by id per campaign the listing no longer shows.
 */
final class MonitorScenario {

    private MonitorScenario() {
    }

    static List<String> run(Bench bench) throws Exception {
        int campaigns = Integer.getInteger("bench.monitor.campaigns", 5_000);
        List<String> failures = new ArrayList<>();
        Path runDir = bench.runDir("monitor");
        try (CxoneSandbox sandbox = bench.sandboxBuilder().start()) {
            Path plan = runDir.resolve("tracked-campaigns.csv");
            LocalDate day = LocalDate.of(2027, 1, 4);
            try (Writer out = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
                out.write(TrackedCampaigns.HEADER + "\n");
                for (int n = 1; n <= campaigns; n++) {
                    out.write(String.format("MON-%05d,Monitored campaign %05d,PROGRESSIVE,OUTBOUND_SALES,America/New_York,%sT08:00,"
                            + "%sT17:00,,,,,queue_mon_%d,,,false%n", n, n, day, day, n));
                }
            }
            JobRun setup = bench.job().run(sandbox, List.of("campaign-provisioning", "plan=" + plan), JobProcess.NO_CREATES, runDir,
                    JobOptions.rateLimited(600_000, Duration.ofMinutes(20)).withConcurrency(8));
            if (!setup.succeeded()) {
                failures.add("monitor: provisioning " + campaigns + " campaigns ended " + setup.outcome() + "; see " + setup.log());
                return failures;
            }
            List<String> ids = sandbox.inspect().campaigns().stream().map(campaign -> campaign.id()).toList();
            int moved = 0;
            for (int i = 0; i < ids.size(); i += 10) {
                sandbox.operator().setStatus(ids.get(i), "ACTIVE");
                moved++;
            }
            int deleted = 0;
            for (int i = 5; i < ids.size() && deleted < 10; i += 500) {
                sandbox.operator().delete(ids.get(i));
                deleted++;
            }
            long before = sandbox.inspect().totalRequests();
            long listingBefore = sandbox.inspect().requestCount("GET", "/api/v2/campaigns");
            long byIdBefore = sandbox.inspect().requestCount("GET", "/api/v2/campaigns/{id}");
            JobRun run = bench.job().run(sandbox, List.of("campaign-status-monitor"), JobProcess.NO_CREATES, runDir,
                    new JobOptions(List.of(), Map.of(), Duration.ofMinutes(10)));
            long requests = sandbox.inspect().totalRequests() - before;
            Report report = new Report("campaign-status-monitor: " + campaigns + " tracked campaigns at the product's 100 requests/min",
                    "campaigns", "outcome", "wall s", "requests", "listing pages", "reads by id", "transitions expected",
                    "missing expected", "child peak RSS MB", "max heap after GC MB");
            report.row(Report.count(campaigns), run.outcome(), Report.seconds(run.wall()), Report.count(requests),
                    sandbox.inspect().requestCount("GET", "/api/v2/campaigns") - listingBefore,
                    sandbox.inspect().requestCount("GET", "/api/v2/campaigns/{id}") - byIdBefore, moved, deleted,
                    Report.megabytes(run.peakRssKb()), run.maxHeapAfterGcMb());
            report.note("Requests include the one token request; the listing is read in pages of 1,000.");
            report.print();
            String output = Files.readString(run.log(), StandardCharsets.UTF_8);
            String expected = String.format("Monitored %d campaigns: %d changed state, 0 anomalies, %d missing", campaigns, moved, deleted);
            if (run.timedOut() || !output.contains(expected)) {
                failures.add("monitor: expected '" + expected + "'; " + run.outcome() + ", see " + run.log());
            }
        } finally {
            Bench.dropData(runDir);
        }
        return failures;
    }
}
