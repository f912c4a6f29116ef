package io.cxonebatch.bootstrap.batch.monitor;

import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.application.monitor.port.in.ObserveCampaignsUseCase;
import io.cxonebatch.bootstrap.batch.CsvReportFile;
import io.cxonebatch.bootstrap.batch.JobResults;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 3: writes the run's events file and records its result. */
final class ReportTasklet implements Tasklet {

    private final ObserveCampaignsUseCase monitor;
    private final Path reportsDir;

    ReportTasklet(ObserveCampaignsUseCase monitor, Path reportsDir) {
        this.monitor = monitor;
        this.reportsDir = reportsDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunIdentity run = RunIdentity.of(chunkContext);
        Path file;
        try (CsvReportFile events = CsvReportFile.open(reportsDir.resolve(MonitorJob.NAME + "-" + run.runId() + "-events.csv"),
                monitor.eventColumns())) {
            monitor.eventRows(run.runId()).forEach(events::print);
            file = events.commit();
        }
        JobResults.record(run.step().getJobExecution(), monitor.summarize(run.runId(), file.toString()));
        return RepeatStatus.FINISHED;
    }
}
