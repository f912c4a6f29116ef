package io.cxonebatch.bootstrap.batch.adherence;

import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.adherence.port.in.AdherenceReport;
import io.cxonebatch.application.adherence.port.in.AdherenceReportUseCase;
import io.cxonebatch.bootstrap.batch.CsvReportFile;
import io.cxonebatch.bootstrap.batch.JobResults;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 2: writes the run's CSV and HTML, then publishes the run's rows as the date's report, and records the result. */
final class ReportTasklet implements Tasklet {

    private final AdherenceReportUseCase reports;
    private final Path reportsDir;

    ReportTasklet(AdherenceReportUseCase reports, Path reportsDir) {
        this.reports = reports;
        this.reportsDir = reportsDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunIdentity run = RunIdentity.of(chunkContext);
        JobExecution execution = run.step().getJobExecution();
        LocalDate date = AdherenceDate.of(execution);
        AdherenceReport report = reports.report(run.runId(), date);
        String name = AdherenceJob.NAME + "-" + date + "-" + run.runId();
        Path csv;
        try (CsvReportFile file = CsvReportFile.open(reportsDir.resolve(name + ".csv"), report.csvColumns())) {
            report.csvRows().forEach(file::print);
            csv = file.commit();
        }
        Path html = CsvReportFile.write(reportsDir.resolve(name + ".html"), report.html());
        // Published once its files are in place: a step that fails writing them leaves the previous report standing.
        OptionalLong replaced = reports.publish(run.runId(), run.jobExecutionId(), date);
        JobResults.record(execution, report.result(csv.toString(), html.toString(), replaced));
        return RepeatStatus.FINISHED;
    }
}
