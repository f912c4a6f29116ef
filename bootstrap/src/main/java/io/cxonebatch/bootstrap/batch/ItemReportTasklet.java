package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.ItemReport;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a job over an input file's rows: writes {@code <job>-<run>-report.csv} and {@code …-rejects.csv}
 * from the staged rows with the kit's {@link ItemReport}, and records the run's result.
 */
public final class ItemReportTasklet implements Tasklet {

    private static final int PAGE = 1_000;

    /** What the run's parameters say the report is about. */
    public record Input(String file, boolean dryRun) {
    }

    private final String jobName;
    private final ItemReport.Words words;
    private final StageItemsPort staging;
    private final Path reportsDir;
    private final Function<RunIdentity, Input> input;
    private final Function<JobExecution, List<String>> moreLines;

    /** @param moreLines what else the run has to say after its counts (e.g. its notifications) */
    public ItemReportTasklet(String jobName, ItemReport.Words words, StageItemsPort staging, Path reportsDir,
            Function<RunIdentity, Input> input, Function<JobExecution, List<String>> moreLines) {
        this.jobName = jobName;
        this.words = words;
        this.staging = staging;
        this.reportsDir = reportsDir;
        this.input = input;
        this.moreLines = moreLines;
    }

    public static Path reportFile(Path reportsDir, String jobName, long runId) {
        return reportsDir.resolve(jobName + "-" + runId + "-report.csv");
    }

    public static Path rejectsFile(Path reportsDir, String jobName, long runId) {
        return reportsDir.resolve(jobName + "-" + runId + "-rejects.csv");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunIdentity run = RunIdentity.of(chunkContext);
        Input about = input.apply(run);
        ItemReport report = new ItemReport(words, about.file(), about.dryRun());
        Path reportPath;
        Path rejectsPath;
        try (CsvReportFile reportFile = CsvReportFile.open(reportFile(reportsDir, jobName, run.runId()), ItemReport.reportColumns(words));
                CsvReportFile rejectsFile = CsvReportFile.open(rejectsFile(reportsDir, jobName, run.runId()),
                        ItemReport.rejectsColumns(words))) {
            staging.forEach(run.runId(), Set.of(), PAGE, page -> page.forEach(row -> report.add(row, reportFile::print, rejectsFile::print)));
            reportPath = reportFile.commit();
            rejectsPath = rejectsFile.commit();
        }
        JobExecution execution = run.step().getJobExecution();
        JobResults.record(execution, report.result(staging.count(run.runId()), moreLines.apply(execution), 0,
                reportPath.toString(), rejectsPath.toString()));
        return RepeatStatus.FINISHED;
    }
}
