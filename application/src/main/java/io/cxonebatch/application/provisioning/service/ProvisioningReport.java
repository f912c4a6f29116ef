package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemCounts;
import io.cxonebatch.application.kit.ItemReport;
import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a provisioning run's report says: the kit's {@link ItemReport} in provisioning's words, and what the webhook
 * step said. One per run; fed the rows in line order.
 */
public final class ProvisioningReport {

    static final ItemReport.Words WORDS = new ItemReport.Words("Plan", "external_key", "campaign_id", "provisioned",
            "already present", ProvisioningJob::statusWord, CampaignPlanEntry.LAYOUT.columns());
    public static final List<String> REPORT_COLUMNS = ItemReport.reportColumns(WORDS);

    private final ItemReport report;

    public ProvisioningReport(String plan, boolean dryRun) {
        this.report = new ItemReport(WORDS, plan, dryRun);
    }

    /** The rejects file's columns: what went wrong, then the plan's own columns. */
    public static List<String> rejectsColumns() {
        return ItemReport.rejectsColumns(WORDS);
    }

    /** Hands the row's report record to {@code report}, and its rejects record to {@code rejects} when it has one. */
    public void add(StagedItem row, Consumer<List<String>> reportRecords, Consumer<List<String>> rejects) {
        report.add(row, reportRecords, rejects);
    }

    /**
     * The run's result once every row was added.
     *
     * @param webhook what the webhook step said, null when it said nothing
     * @param webhookFailed the webhook needs someone to look, which keeps the run from exiting 0
     */
    public JobResult result(ItemCounts counts, @Nullable String webhook, boolean webhookFailed, String reportFile,
            String rejectsFile) {
        return report.result(counts, webhook == null ? List.of() : List.of(webhook), webhookFailed ? 1 : 0, reportFile, rejectsFile);
    }
}
