package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowCounts;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 5: writes the run's report files from the staged rows and puts the counts and summary where the command
 * line shows them. The report lists every row and what became of it; the rejects file lists the rejected and
 * failed rows with every reason, followed by the row's own cells in plan order, so that the plan columns of a
 * corrected copy make a plan to run again.
 */
final class ProvisioningReportTasklet implements Tasklet {

    /** Rows of changes a dry run shows on screen; the report file has them all. */
    static final int CHANGES_SHOWN = 20;
    /** Rejected or failed rows shown on screen; the rejects file has them all. */
    static final int PROBLEMS_SHOWN = 10;

    private final StagePlanRowsPort rows;
    private final Path reportsDir;

    ProvisioningReportTasklet(StagePlanRowsPort rows, Path reportsDir) {
        this.rows = rows;
        this.reportsDir = reportsDir;
    }

    static Path rejectsFile(Path reportsDir, long runId) {
        return reportsDir.resolve(RowAudit.JOB_NAME + "-" + runId + "-rejects.csv");
    }

    static Path reportFile(Path reportsDir, long runId) {
        return reportsDir.resolve(RowAudit.JOB_NAME + "-" + runId + "-report.csv");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ProvisioningParameters parameters = ProvisioningParameters.of(step.getJobParameters());
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        Files.createDirectories(reportsDir);
        List<String> shownChanges = new ArrayList<>();
        List<String> shownProblems = new ArrayList<>();
        Path report = reportFile(reportsDir, runId);
        Path rejects = rejectsFile(reportsDir, runId);
        long problems = writeFiles(runId, report, rejects, parameters.dryRun() ? shownChanges : null, shownProblems);
        PlanRowCounts counts = rows.count(runId);
        long webhookFailed = job.getLong(PreviewWebhookTasklet.FAILED_WEBHOOKS, 0L);
        List<String> summary = new ArrayList<>();
        summary.add("Plan " + parameters.plan() + ": " + counts.total() + " rows" + (parameters.dryRun() ? " (dry run: nothing changed)" : ""));
        if (parameters.dryRun()) {
            summary.add(String.format("would change %d, already present %d, rejected %d, failed %d",
                    counts.of(PlanRowStatus.PLANNED), counts.of(PlanRowStatus.ALREADY_PRESENT),
                    counts.of(PlanRowStatus.REJECTED), counts.of(PlanRowStatus.FAILED)));
            summary.addAll(shownChanges);
            long more = counts.of(PlanRowStatus.PLANNED) - shownChanges.size();
            if (more > 0) {
                summary.add("… and " + more + " more rows of changes in the report");
            }
        } else {
            summary.add(String.format("provisioned %d, already present %d, rejected %d, failed %d",
                    counts.of(PlanRowStatus.PROVISIONED), counts.of(PlanRowStatus.ALREADY_PRESENT),
                    counts.of(PlanRowStatus.REJECTED), counts.of(PlanRowStatus.FAILED)));
        }
        if (counts.of(PlanRowStatus.PENDING) > 0) {
            summary.add(counts.of(PlanRowStatus.PENDING) + " rows still pending");
        }
        String webhook = job.getString(PreviewWebhookTasklet.OUTCOME, "");
        if (!webhook.isEmpty()) {
            summary.add(webhook);
        }
        if (problems > 0) {
            summary.addAll(shownProblems);
            if (problems > shownProblems.size()) {
                summary.add("… and " + (problems - shownProblems.size()) + " more rejected or failed rows");
            }
            summary.add("Rejects: " + rejects.toAbsolutePath() + " (" + problems + " rows with their reasons)");
        }
        summary.add("Report:  " + report.toAbsolutePath());
        job.putLong(JobOutcome.REJECTED, counts.of(PlanRowStatus.REJECTED));
        job.putLong(JobOutcome.FAILED, counts.of(PlanRowStatus.FAILED) + webhookFailed);
        job.putString(JobOutcome.SUMMARY, String.join("\n", summary));
        return RepeatStatus.FINISHED;
    }

    /** Writes both files (each to a temporary file first, so a reader never sees half a file); returns the rejects. */
    private long writeFiles(long runId, Path report, Path rejects, @Nullable List<String> shownChanges,
            List<String> shownProblems) throws IOException {
        Path reportTemp = report.resolveSibling(report.getFileName() + ".tmp");
        Path rejectsTemp = rejects.resolveSibling(rejects.getFileName() + ".tmp");
        List<String> planColumns = CampaignPlanEntry.LAYOUT.columns();
        long[] problems = {0};
        try (Writer reportOut = Files.newBufferedWriter(reportTemp, StandardCharsets.UTF_8);
                Writer rejectsOut = Files.newBufferedWriter(rejectsTemp, StandardCharsets.UTF_8);
                CSVPrinter reportCsv = new CSVPrinter(reportOut, CSVFormat.RFC4180.builder()
                        .setHeader("line", "external_key", "status", "stage", "campaign_id", "changes", "reasons").get());
                CSVPrinter rejectsCsv = new CSVPrinter(rejectsOut, CSVFormat.RFC4180.builder()
                        .setHeader(rejectsHeader(planColumns)).get())) {
            rows.forEachRow(runId, List.of(), row -> {
                try {
                    String reasons = reasons(row.violations());
                    reportCsv.printRecord(row.line(), nullToEmpty(row.externalKey()), row.status(),
                            row.stage() == null ? "" : row.stage(), nullToEmpty(row.campaignId()),
                            String.join("; ", row.changes()), reasons);
                    if (row.status() == PlanRowStatus.REJECTED || row.status() == PlanRowStatus.FAILED) {
                        problems[0]++;
                        List<Object> record = new ArrayList<>(List.of(row.line(), row.status(), row.stage() == null ? "" : row.stage(),
                                row.violations().stream().map(Violation::code).collect(Collectors.joining(";")), reasons));
                        planColumns.forEach(column -> record.add(row.cells().getOrDefault(column, "")));
                        rejectsCsv.printRecord(record);
                        if (shownProblems.size() < PROBLEMS_SHOWN) {
                            shownProblems.add("line " + row.line() + " (" + nullToEmpty(row.externalKey()) + ") " + row.status()
                                    + ": " + reasons);
                        }
                    }
                    if (shownChanges != null && row.status() == PlanRowStatus.PLANNED && shownChanges.size() < CHANGES_SHOWN) {
                        shownChanges.add(describe(row));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.move(reportTemp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(rejectsTemp, rejects, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return problems[0];
    }

    private static String[] rejectsHeader(List<String> planColumns) {
        List<String> header = new ArrayList<>(List.of("line", "status", "stage", "codes", "reasons"));
        header.addAll(planColumns);
        return header.toArray(String[]::new);
    }

    private static String describe(PlanRow row) {
        return "line " + row.line() + " (" + nullToEmpty(row.externalKey()) + "): " + String.join("; ", row.changes());
    }

    private static String reasons(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.joining(" | "));
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
