package io.cxonebatch.bootstrap.batch.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * adherence-report against the sandbox's analytics, at the product's rate limit with five-second tokens: the
 * campaigns whose window touches the date (one across midnight), one CXone has no analytics for that day, the files,
 * and a re-run that replaces the date's report instead of adding to it.
 */
class AdherenceJobIT {

    private static final String DATE = "2027-02-01";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private JobHarness harness;

    @BeforeEach
    void start() throws Exception {
        sandbox = JobHarness.sandbox().tokenLifetime(Duration.ofSeconds(5)).start();
        harness = new JobHarness(sandbox, dataDir).with("cxone-batch.adherence.business-zone", "America/New_York");
        Path plan = TrackedCampaigns.file(dataDir.resolve("plan.csv"), TrackedCampaigns.HEADER, List.of(
                "DAY-1,Day one,PROGRESSIVE,OUTBOUND_SALES,America/New_York,2027-02-01T08:00,2027-02-01T17:00,,,,,queue_1,,,false",
                "DAY-2,Day two,PROGRESSIVE,OUTBOUND_SALES,America/Chicago,2027-02-01T09:00,2027-02-01T18:00,,,,,queue_2,,,false",
                "NIGHT,Night shift,PROGRESSIVE,OUTBOUND_SALES,America/New_York,2027-01-31T19:00,2027-02-01T02:00,,,,,queue_3,,,false",
                "OTHER-DAY,Other day,PROGRESSIVE,OUTBOUND_SALES,America/New_York,2027-02-03T08:00,2027-02-03T17:00,,,,,queue_4,,,false",
                "SILENT,Silent,PROGRESSIVE,OUTBOUND_SALES,America/New_York,2027-03-01T08:00,2027-03-01T17:00,,,,,queue_5,,,false"));
        JobExecution provisioning = harness.run(ProvisioningJob.NAME, Map.of("plan", plan.toString()));
        assertThat(JobOutcome.of(provisioning).clean()).as(String.join("\n", JobOutcome.of(provisioning).summaryLines())).isTrue();
        // The registry says SILENT dials on the date; CXone's campaign does not: it has no analytics for the day.
        harness.jdbc().sql("""
                UPDATE known_campaign SET window_start = '2027-02-01T13:00:00Z', window_end = '2027-02-01T22:00:00Z'
                WHERE external_key = 'SILENT'""").update();
        harness.atProductRateLimit();
    }

    @AfterEach
    void stop() {
        harness.close();
        sandbox.close();
    }

    private Map<String, Map<String, Object>> report() {
        Map<String, Map<String, Object>> rows = new java.util.TreeMap<>();
        harness.jdbc().sql("SELECT * FROM adherence_report_current WHERE business_date = DATE '" + DATE + "'").query().listOfRows()
                .forEach(row -> rows.put((String) row.get("external_key"), row));
        return rows;
    }

    @Test
    void reportsEveryCampaignTouchingTheDateWritesCsvAndHtmlAndARerunReplacesTheReportWhole() throws Exception {
        JobExecution first = harness.run(AdherenceJob.NAME, Map.of("date", DATE));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Map<String, Object>> rows = report();
        assertThat(rows).containsOnlyKeys("DAY-1", "DAY-2", "NIGHT", "SILENT");
        assertThat(rows.get("SILENT")).containsEntry("has_data", false);
        assertThat(rows.get("SILENT").get("adherence")).as("no data is not 0 %").isNull();
        assertThat(rows.get("DAY-1")).containsEntry("has_data", true).containsEntry("planned_seconds", 9L * 3_600);
        assertThat(rows.get("NIGHT")).as("the part of the night shift after midnight").containsEntry("planned_seconds", 2L * 3_600);
        for (String key : List.of("DAY-1", "DAY-2")) {
            assertThat(((Number) rows.get(key).get("adherence")).doubleValue()).isBetween(0.0, 1.0);
            assertThat((Long) rows.get(key).get("calls_attempted")).isPositive();
        }
        assertThat(sandbox.inspect().requestCount(401)).isZero();
        assertThat(sandbox.inspect().requestCount(429)).isZero();
        List<String> summary = JobOutcome.of(first).summaryLines();
        assertThat(summary.get(0)).startsWith("Adherence on 2027-02-01 (America/New_York): 4 campaigns");
        assertThat(summary).contains("  NO_DATA SILENT: CXone has no analytics for it on 2027-02-01");
        Path csv = Path.of(summary.stream().filter(line -> line.startsWith("CSV:")).findFirst().orElseThrow().substring(5).strip());
        Path html = Path.of(summary.stream().filter(line -> line.startsWith("HTML:")).findFirst().orElseThrow().substring(6).strip());
        assertThat(Files.readAllLines(csv)).hasSize(5).anyMatch(line -> line.startsWith("SILENT,") && line.contains("NO_DATA"));
        Document page = Jsoup.parse(Files.readString(html));
        assertThat(page.select("script, [src], link")).isEmpty();
        assertThat(page.select("svg#chart g.campaign")).hasSize(4);
        assertThat(page.select("table#campaigns tbody tr")).hasSize(4);
        assertThat(page.selectFirst("tr[data-campaign=SILENT]").hasClass("nodata")).isTrue();
        assertThat(page.select("tr.strayed").size()).as("the rows the summary calls strays")
                .isEqualTo((int) summary.stream().filter(line -> line.startsWith("  STRAYED")).count());
        long firstRun = (Long) rows.get("DAY-1").get("run_id");

        JobExecution again = harness.run(AdherenceJob.NAME, Map.of("date", DATE));

        Map<String, Map<String, Object>> replaced = report();
        assertThat(replaced).as("replaced, never duplicated").hasSize(4);
        assertThat(replaced.get("DAY-1").get("run_id")).isNotEqualTo(firstRun);
        assertThat(replaced.get("DAY-1").get("dialled_inside_seconds")).isEqualTo(rows.get("DAY-1").get("dialled_inside_seconds"));
        assertThat(harness.jdbc().sql("SELECT count(*) FROM adherence_row").query(Long.class).single()).as("the old rows are gone")
                .isEqualTo(4);
        assertThat(harness.jdbc().sql("SELECT count(*) FROM audit_event WHERE action = 'ADHERENCE_COMPUTED'").query(Long.class).single())
                .as("the old report's figures stay in the audit trail").isEqualTo(8);
        assertThat(JobOutcome.of(again).summaryLines()).contains("Replaced the report of run " + firstRun + " for 2027-02-01");
    }

    @Test
    void aRunThatFailsWhileCxoneIsDownIsFinishedByARestartAndPublishesOneReport() throws Exception {
        sandbox.faults().outage(true);

        JobExecution failed = harness.run(AdherenceJob.NAME, Map.of("date", DATE));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(report()).as("nothing published by a run that failed").isEmpty();
        sandbox.faults().outage(false);
        JobExecution restarted = harness.restart(failed.getId());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(report()).containsOnlyKeys("DAY-1", "DAY-2", "NIGHT", "SILENT");
        assertThat(harness.jdbc().sql("SELECT count(*) FROM adherence_row").query(Long.class).single()).isEqualTo(4);
    }
}
