package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.service.ProvisioningReport;
import io.cxonebatch.bootstrap.batch.CsvReportFile;
import io.cxonebatch.bootstrap.batch.JobResults;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 6: writes the run's report and rejects files from the staged rows and records the run's result. */
final class ReportTasklet implements Tasklet {

    private static final int PAGE = 1_000;

    private final StageItemsPort staging;
    private final Path reportsDir;

    ReportTasklet(StageItemsPort staging, Path reportsDir) {
        this.staging = staging;
        this.reportsDir = reportsDir;
    }

    static Path reportFile(Path reportsDir, long runId) {
        return reportsDir.resolve(ProvisioningJob.NAME + "-" + runId + "-report.csv");
    }

    static Path rejectsFile(Path reportsDir, long runId) {
        return reportsDir.resolve(ProvisioningJob.NAME + "-" + runId + "-rejects.csv");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunIdentity run = RunIdentity.of(chunkContext);
        ProvisioningParameters parameters = ProvisioningParameters.of(run.parameters());
        ProvisioningReport report = new ProvisioningReport(parameters.plan().toString(), parameters.dryRun());
        Path reportPath;
        Path rejectsPath;
        try (CsvReportFile reportFile = CsvReportFile.open(reportFile(reportsDir, run.runId()), ProvisioningReport.REPORT_COLUMNS);
                CsvReportFile rejectsFile = CsvReportFile.open(rejectsFile(reportsDir, run.runId()), ProvisioningReport.rejectsColumns())) {
            staging.forEach(run.runId(), Set.of(), PAGE, page -> page.forEach(row -> report.add(row, reportFile::print, rejectsFile::print)));
            reportPath = reportFile.commit();
            rejectsPath = rejectsFile.commit();
        }
        RunNotes notes = RunNotes.of(run.step().getJobExecution());
        JobResults.record(run.step().getJobExecution(), report.result(staging.count(run.runId()), notes.webhookLine(),
                notes.webhookFailed(), reportPath.toString(), rejectsPath.toString()));
        return RepeatStatus.FINISHED;
    }
}
