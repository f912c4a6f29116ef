package io.cxonebatch.application.provisioning.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.ItemCounts;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ProvisioningReportTest {

    private static final String REPORT = "/out/q3-report.csv";
    private static final String REJECTS = "/out/q3-rejects.csv";

    private final List<List<String>> reportRecords = new ArrayList<>();
    private final List<List<String>> rejectsRecords = new ArrayList<>();
    private final List<StagedItem> added = new ArrayList<>();

    private static StagedItem row(long key, @Nullable String ref, ItemStatus status, @Nullable String stage,
            List<Violation> violations, @Nullable String campaignId, List<String> changes) {
        return new StagedItem(1L, key, ref, Map.of("external_key", ref == null ? "" : ref), status, stage, violations, campaignId,
                changes);
    }

    private static StagedItem settled(long key, ItemStatus status) {
        return switch (status) {
            case REJECTED -> row(key, "K" + key, status, "VALIDATION",
                    List.of(Violation.of("NAME_MISSING", "name", "name is blank")), null, List.of());
            case FAILED -> row(key, "K" + key, status, "PROVISIONING",
                    List.of(Violation.of("CXONE_REJECTED", "", "POST /api/v2/campaigns failed (HTTP 422)")), null, List.of());
            case PLANNED -> row(key, "K" + key, status, null, List.of(), null, List.of("create campaign K" + key));
            case DONE -> row(key, "K" + key, status, null, List.of(), "cmp-" + key, List.of("created"));
            default -> row(key, "K" + key, status, null, List.of(), null, List.of());
        };
    }

    private void add(ProvisioningReport report, StagedItem row) {
        added.add(row);
        report.add(row, reportRecords::add, rejectsRecords::add);
    }

    private void add(ProvisioningReport report, ItemStatus status, int rows) {
        for (int i = 0; i < rows; i++) {
            add(report, settled(added.size() + 1, status));
        }
    }

    private ItemCounts counts() {
        Map<ItemStatus, Long> byStatus = new EnumMap<>(ItemStatus.class);
        added.forEach(row -> byStatus.merge(row.status(), 1L, Long::sum));
        return new ItemCounts(byStatus);
    }

    private JobResult result(ProvisioningReport report) {
        return report.result(counts(), null, false, REPORT, REJECTS);
    }

    private static Map<String, String> byColumn(List<String> record) {
        List<String> columns = ProvisioningReport.rejectsColumns();
        assertThat(record).hasSameSizeAs(columns);
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), record.get(i));
        }
        return cells;
    }

    @Test
    void aProvisionedRowIsReportedWithItsCampaignAndChanges() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);

        add(report, row(3, "Q3-EAST", ItemStatus.DONE, null, List.of(), "cmp-77", List.of("created", "agents assigned")));

        assertThat(reportRecords).containsExactly(List.of("3", "Q3-EAST", "PROVISIONED", "", "cmp-77", "created; agents assigned", ""));
        assertThat(rejectsRecords).isEmpty();
    }

    @Test
    void aRowAlreadyInCxoneIsReportedAsAlreadyPresent() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);

        add(report, row(4, "Q3-WEST", ItemStatus.ALREADY_DONE, null, List.of(), "cmp-78", List.of()));

        assertThat(reportRecords).containsExactly(List.of("4", "Q3-WEST", "ALREADY_PRESENT", "", "cmp-78", "", ""));
    }

    @Test
    void aRowWithoutAKeyIsReportedWithABlankKey() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", true);

        add(report, row(5, null, ItemStatus.PLANNED, null, List.of(), null, List.of("create campaign")));

        assertThat(reportRecords).containsExactly(List.of("5", "", "PLANNED", "", "", "create campaign", ""));
    }

    @Test
    void aRejectedRowIsReportedWithItsStageAndEveryReason() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);

        add(report, row(6, "Q3-NORTH", ItemStatus.REJECTED, "CONFLICTS", List.of(
                Violation.of("QUEUE_OVERBOOKED", "queue_id", "queue q-1 is booked twice"),
                Violation.of("WINDOW_OVERLAPS", "start_local", "overlaps line 2")), null, List.of()));

        assertThat(reportRecords).containsExactly(List.of("6", "Q3-NORTH", "REJECTED", "CONFLICTS", "", "",
                "queue q-1 is booked twice | overlaps line 2"));
    }

    @Test
    void aRejectsRecordHoldsTheCodesReasonsAndEveryPlanCellOfTheRow() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        Map<String, String> cells = PlanRowFixtures.preview("Q3-SOUTH", "q-1", "2026-10-01T09:00", "2026-10-01T17:00");
        cells.put("ignored_extra", "x");

        add(report, new StagedItem(1L, 7, "Q3-SOUTH", cells, ItemStatus.FAILED, "PROVISIONING", List.of(
                Violation.of("CXONE_REJECTED", "", "skill unknown"), Violation.of("AGENTS_MISSING", "agent_count", "no agents")),
                null, List.of()));

        assertThat(rejectsRecords).hasSize(1);
        Map<String, String> record = byColumn(rejectsRecords.get(0));
        assertThat(record).containsEntry("line", "7").containsEntry("status", "FAILED").containsEntry("stage", "PROVISIONING")
                .containsEntry("codes", "CXONE_REJECTED;AGENTS_MISSING").containsEntry("reasons", "skill unknown | no agents");
        for (String column : CampaignPlanEntry.LAYOUT.columns()) {
            assertThat(record).containsEntry(column, cells.getOrDefault(column, ""));
        }
        assertThat(record).containsEntry("external_key", "Q3-SOUTH").containsEntry("queue_id", "q-1")
                .containsEntry("contact_list_id", "cl-Q3-SOUTH").containsEntry("description", "")
                .containsEntry("abandon_threshold", "").doesNotContainKey("ignored_extra");
        assertThat(rejectsRecords.get(0).subList(5, rejectsRecords.get(0).size()))
                .containsExactlyElementsOf(CampaignPlanEntry.LAYOUT.columns().stream().map(c -> cells.getOrDefault(c, "")).toList());
    }

    @Test
    void theRejectsColumnsAreTheProblemThenThePlanColumnsInPlanOrder() {
        List<String> columns = ProvisioningReport.rejectsColumns();

        assertThat(columns.subList(0, 5)).containsExactly("line", "status", "stage", "codes", "reasons");
        assertThat(columns.subList(5, columns.size())).containsExactlyElementsOf(CampaignPlanEntry.LAYOUT.columns());
    }

    @Test
    void onlyRejectedAndFailedRowsReachTheRejects() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);

        for (ItemStatus status : ItemStatus.values()) {
            add(report, settled(added.size() + 1, status));
        }

        assertThat(reportRecords).extracting(r -> r.get(2))
                .containsExactly("PENDING", "PROVISIONED", "ALREADY_PRESENT", "PLANNED", "REJECTED", "FAILED");
        assertThat(rejectsRecords).extracting(r -> r.get(1)).containsExactly("REJECTED", "FAILED");
    }

    @Test
    void aRealRunSummarySaysWhatWasProvisionedAndWhereTheFilesAre() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        add(report, ItemStatus.DONE, 3);
        add(report, ItemStatus.ALREADY_DONE, 2);
        add(report, ItemStatus.REJECTED, 1);
        add(report, ItemStatus.FAILED, 1);
        add(report, ItemStatus.PENDING, 2);

        JobResult result = report.result(counts(), "preview webhook registered: campaign.preview.activated -> https://h.example/p",
                false, REPORT, REJECTS);

        assertThat(result.summaryLines()).containsExactly(
                "Plan q3.csv: 9 rows",
                "provisioned 3, already present 2, rejected 1, failed 1",
                "2 rows still pending",
                "preview webhook registered: campaign.preview.activated -> https://h.example/p",
                "line 6 (K6) REJECTED: name is blank",
                "line 7 (K7) FAILED: POST /api/v2/campaigns failed (HTTP 422)",
                "Rejects: " + REJECTS + " (2 rows with their reasons)",
                "Report:  " + REPORT);
    }

    @Test
    void aDryRunSummarySaysNothingChangedAndWhatWouldChange() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", true);
        add(report, ItemStatus.PLANNED, 2);
        add(report, ItemStatus.ALREADY_DONE, 1);

        assertThat(result(report).summaryLines()).containsExactly(
                "Plan q3.csv: 3 rows (dry run: nothing changed)",
                "would change 2, already present 1, rejected 0, failed 0",
                "line 1 (K1): create campaign K1",
                "line 2 (K2): create campaign K2",
                "Report:  " + REPORT);
    }

    @Test
    void aRealRunCountsWhatItDidNotWhatItPlanned() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        add(report, ItemStatus.DONE, 1);
        add(report, ItemStatus.PLANNED, 2);

        List<String> summary = result(report).summaryLines();

        assertThat(summary.get(1)).isEqualTo("provisioned 1, already present 0, rejected 0, failed 0");
        assertThat(summary).noneMatch(line -> line.startsWith("line "));
    }

    @Test
    void aDryRunShowsTwentyRowsOfChangesAndCountsTheRest() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", true);
        add(report, ItemStatus.PLANNED, 25);

        List<String> summary = result(report).summaryLines();

        assertThat(summary.stream().filter(line -> line.startsWith("line "))).hasSize(20);
        assertThat(summary).contains("line 20 (K20): create campaign K20").doesNotContain("line 21 (K21): create campaign K21");
        assertThat(summary.get(summary.indexOf("line 20 (K20): create campaign K20") + 1))
                .isEqualTo("… and 5 more rows of changes in the report");
    }

    @Test
    void aDryRunWithTwentyRowsOfChangesShowsThemAllWithoutAMoreLine() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", true);
        add(report, ItemStatus.PLANNED, 20);

        List<String> summary = result(report).summaryLines();

        assertThat(summary.stream().filter(line -> line.startsWith("line "))).hasSize(20);
        assertThat(summary).noneMatch(line -> line.startsWith("… and"));
    }

    @Test
    void theSummaryShowsTenProblemsAndCountsTheRest() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        add(report, ItemStatus.REJECTED, 8);
        add(report, ItemStatus.FAILED, 5);

        List<String> summary = result(report).summaryLines();

        assertThat(summary.stream().filter(line -> line.startsWith("line "))).hasSize(10);
        assertThat(summary).contains("line 8 (K8) REJECTED: name is blank", "line 10 (K10) FAILED: POST /api/v2/campaigns failed (HTTP 422)")
                .doesNotContain("line 11 (K11) FAILED: POST /api/v2/campaigns failed (HTTP 422)");
        assertThat(summary.subList(summary.size() - 3, summary.size())).containsExactly(
                "… and 3 more rejected or failed rows",
                "Rejects: " + REJECTS + " (13 rows with their reasons)",
                "Report:  " + REPORT);
    }

    @Test
    void withoutProblemsOrPendingRowsTheSummaryNamesNoRejects() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        add(report, ItemStatus.DONE, 2);

        List<String> summary = result(report).summaryLines();

        assertThat(summary).containsExactly("Plan q3.csv: 2 rows", "provisioned 2, already present 0, rejected 0, failed 0",
                "Report:  " + REPORT);
    }

    @Test
    void theResultCountsTheRowsAndNamesBothFiles() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        add(report, ItemStatus.DONE, 3);
        add(report, ItemStatus.ALREADY_DONE, 2);
        add(report, ItemStatus.REJECTED, 1);
        add(report, ItemStatus.PENDING, 1);

        JobResult result = result(report);

        assertThat(result.read()).isEqualTo(7);
        assertThat(result.done()).isEqualTo(3);
        assertThat(result.alreadyDone()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.failed()).isZero();
        assertThat(result.filesWritten()).containsExactly(REPORT, REJECTS);
    }

    @Test
    void aFailedWebhookCountsAsOneMoreFailure() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        add(report, ItemStatus.DONE, 2);
        add(report, ItemStatus.FAILED, 1);

        JobResult failed = report.result(counts(), "preview webhook FAILED: HTTP 403", true, REPORT, REJECTS);
        JobResult fine = report.result(counts(), "preview webhook FAILED: HTTP 403", false, REPORT, REJECTS);

        assertThat(failed.failed()).isEqualTo(2);
        assertThat(fine.failed()).isEqualTo(1);
        assertThat(failed.summaryLines()).contains("preview webhook FAILED: HTTP 403");
    }

    @Test
    void aFailedWebhookKeepsAnOtherwiseCleanRunFromBeingClean() {
        ProvisioningReport report = new ProvisioningReport("q3.csv", false);
        add(report, ItemStatus.DONE, 1);

        assertThat(report.result(counts(), "preview webhook UNCONFIRMED: no answer", true, REPORT, REJECTS).clean()).isFalse();
        assertThat(report.result(counts(), null, false, REPORT, REJECTS).clean()).isTrue();
    }
}
