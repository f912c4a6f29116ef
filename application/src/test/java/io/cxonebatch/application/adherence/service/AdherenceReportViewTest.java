package io.cxonebatch.application.adherence.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.adherence.AdherenceRow;
import io.cxonebatch.domain.adherence.DailyAdherence;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AdherenceReportViewTest {

    private static final LocalDate DATE = LocalDate.parse("2026-10-05");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ScheduleWindow WINDOW = ScheduleWindow.of(NEW_YORK, Instant.parse("2026-10-05T13:00:00Z"),
            Instant.parse("2026-10-05T21:00:00Z"));

    private static AdherenceRow row(String key, DailyAdherence figures) {
        return new AdherenceRow(CampaignId.of("camp-" + key), key, "Campaign " + key, WINDOW, figures);
    }

    private final AdherenceReportView report = new AdherenceReportView(DATE, NEW_YORK, List.of(
            row("ON-PLAN", new DailyAdherence(DATE, 28_800, 27_000, 0, 900, 300, 0, true)),
            row("LATE", new DailyAdherence(DATE, 28_800, 20_000, 5_400, 800, 250, 120, true)),
            row("SILENT", new DailyAdherence(DATE, 28_800, 0, 0, 0, 0, 0, false)),
            row("<script>alert(1)</script>", new DailyAdherence(DATE, 28_800, 28_800, 0, 10, 1, 0, true))));

    @Test
    void thePageIsSelfContainedWithAChartAndATableWhereStraysAndMissingDataStandOut() {
        Document page = Jsoup.parse(report.html());

        assertThat(page.select("script")).as("no script, not even the one a key tried to smuggle in").isEmpty();
        assertThat(page.select("[src], link, [href]")).as("nothing fetched from anywhere").isEmpty();
        assertThat(page.select("svg#chart g.campaign")).hasSize(4);
        assertThat(page.select("svg#chart g.strayed").attr("data-campaign")).isEqualTo("LATE");
        assertThat(page.select("svg#chart g.strayed rect.outside").attr("fill")).isEqualTo("#ff3b30");
        assertThat(page.select("svg#chart g.nodata text").text()).contains("no analytics data");
        assertThat(page.select("table#campaigns tbody tr")).hasSize(4);
        Element late = page.selectFirst("table#campaigns tr[data-campaign=LATE]");
        assertThat(late.hasClass("strayed")).isTrue();
        assertThat(late.select("td.status").text()).isEqualTo("STRAYED");
        assertThat(late.select("td.violation")).extracting(Element::text).containsExactly("1:30", "120");
        Element silent = page.selectFirst("table#campaigns tr[data-campaign=SILENT]");
        assertThat(silent.hasClass("nodata")).isTrue();
        assertThat(silent.text()).contains("no analytics data").doesNotContain("0.0 %", "100.0 %");
        assertThat(page.selectFirst("tr[data-campaign=ON-PLAN] td.status").text()).isEqualTo("ON_PLAN");
        assertThat(page.select("td.key").eachText()).contains("<script>alert(1)</script>");
        assertThat(page.selectFirst("p.summary").text()).contains("4 campaigns", "1 strayed", "1 without analytics data");
    }

    @Test
    void theCsvSaysNoDataRatherThanAnAdherenceAndTheSummaryNamesEveryStrayByKey() {
        List<List<String>> rows = report.csvRows();

        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).containsSubsequence("SILENT").contains("NO_DATA");
        assertThat(rows.get(2).get(AdherenceReportView.COLUMNS.indexOf("adherence"))).isEmpty();
        assertThat(rows.get(0).get(AdherenceReportView.COLUMNS.indexOf("adherence"))).isEqualTo("0.9375");
        JobResult result = report.result("a.csv", "a.html", OptionalLong.of(7));
        assertThat(result.summaryLines()).contains(
                "  STRAYED LATE: 1:30 dialled outside the window, 120 calls attempted outside calling hours, adherence 69.4 %",
                "  NO_DATA SILENT: CXone has no analytics for it on 2026-10-05", "Replaced the report of run 7 for 2026-10-05",
                "HTML: a.html");
        assertThat(result.rejected()).as("a stray keeps the run from exiting 0").isEqualTo(1);
    }
}
