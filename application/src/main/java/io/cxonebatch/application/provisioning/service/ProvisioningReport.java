package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemCounts;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a provisioning run's report says. The report file lists every row and what became of it; the rejects file
 * lists the rejected and failed rows with every reason, followed by the row's own cells in plan order, so that the
 * plan columns of a corrected copy make a plan to run again. The summary shows the counts, the first few problems
 * (and, in a dry run, the first few changes), and where the files are. One per run; fed the rows in line order.
 */
public final class ProvisioningReport {

    public static final List<String> REPORT_COLUMNS = List.of("line", "external_key", "status", "stage", "campaign_id",
            "changes", "reasons");
    /** Rows of changes a dry run shows on screen; the report file has them all. */
    static final int CHANGES_SHOWN = 20;
    /** Rejected or failed rows shown on screen; the rejects file has them all. */
    static final int PROBLEMS_SHOWN = 10;

    private final String plan;
    private final boolean dryRun;
    private final List<String> shownChanges = new ArrayList<>();
    private final List<String> shownProblems = new ArrayList<>();
    private long problems;

    public ProvisioningReport(String plan, boolean dryRun) {
        this.plan = plan;
        this.dryRun = dryRun;
    }

    /** The rejects file's columns: what went wrong, then the plan's own columns. */
    public static List<String> rejectsColumns() {
        List<String> header = new ArrayList<>(List.of("line", "status", "stage", "codes", "reasons"));
        header.addAll(CampaignPlanEntry.LAYOUT.columns());
        return List.copyOf(header);
    }

    /** Hands the row's report record to {@code report}, and its rejects record to {@code rejects} when it has one. */
    public void add(StagedItem row, Consumer<List<String>> report, Consumer<List<String>> rejects) {
        String reasons = reasons(row.violations());
        String status = ProvisioningJob.statusWord(row.status());
        report.accept(List.of(String.valueOf(row.key()), text(row.ref()), status, text(row.stage()), text(row.resultRef()),
                String.join("; ", row.changes()), reasons));
        if (row.status().isProblem()) {
            problems++;
            List<String> record = new ArrayList<>(List.of(String.valueOf(row.key()), status, text(row.stage()),
                    row.violations().stream().map(Violation::code).collect(Collectors.joining(";")), reasons));
            CampaignPlanEntry.LAYOUT.columns().forEach(column -> record.add(row.fields().getOrDefault(column, "")));
            rejects.accept(record);
            if (shownProblems.size() < PROBLEMS_SHOWN) {
                shownProblems.add("line " + row.key() + " (" + text(row.ref()) + ") " + status + ": " + reasons);
            }
        }
        if (dryRun && row.status() == ItemStatus.PLANNED && shownChanges.size() < CHANGES_SHOWN) {
            shownChanges.add("line " + row.key() + " (" + text(row.ref()) + "): " + String.join("; ", row.changes()));
        }
    }

    /**
     * The run's result once every row was added.
     *
     * @param webhook what the webhook step said, null when it said nothing
     * @param webhookFailed the webhook needs someone to look, which keeps the run from exiting 0
     */
    public JobResult result(ItemCounts counts, @Nullable String webhook, boolean webhookFailed, String reportFile,
            String rejectsFile) {
        List<String> summary = new ArrayList<>();
        summary.add("Plan " + plan + ": " + counts.total() + " rows" + (dryRun ? " (dry run: nothing changed)" : ""));
        summary.add(String.format("%s %d, already present %d, rejected %d, failed %d", dryRun ? "would change" : "provisioned",
                counts.of(dryRun ? ItemStatus.PLANNED : ItemStatus.DONE), counts.of(ItemStatus.ALREADY_DONE),
                counts.of(ItemStatus.REJECTED), counts.of(ItemStatus.FAILED)));
        if (dryRun) {
            summary.addAll(shownChanges);
            long more = counts.of(ItemStatus.PLANNED) - shownChanges.size();
            if (more > 0) {
                summary.add("… and " + more + " more rows of changes in the report");
            }
        }
        if (counts.of(ItemStatus.PENDING) > 0) {
            long pending = counts.of(ItemStatus.PENDING);
            summary.add(pending + (pending == 1 ? " row" : " rows") + " still pending");
        }
        if (webhook != null) {
            summary.add(webhook);
        }
        if (problems > 0) {
            summary.addAll(shownProblems);
            if (problems > shownProblems.size()) {
                summary.add("… and " + (problems - shownProblems.size()) + " more rejected or failed rows");
            }
            summary.add("Rejects: " + rejectsFile + " (" + problems + " rows with their reasons)");
        }
        summary.add("Report:  " + reportFile);
        return JobResult.of(counts, summary, List.of(reportFile, rejectsFile)).withFailed(webhookFailed ? 1 : 0);
    }

    private static String reasons(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.joining(" | "));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
