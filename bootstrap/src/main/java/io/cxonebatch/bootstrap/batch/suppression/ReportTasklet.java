package io.cxonebatch.bootstrap.batch.suppression;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import io.cxonebatch.application.port.out.suppression.SuppressionResultsPort;
import io.cxonebatch.application.port.out.suppression.SuppressionStagingPort;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.ListChecked;
import io.cxonebatch.application.suppression.service.SuppressionReport;
import io.cxonebatch.bootstrap.batch.CsvReportFile;
import io.cxonebatch.bootstrap.batch.JobResults;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 5: per checked list a file of its matched contacts and one of its eligible contact ids (ids only, never a
 * number), the run's result, and then the run's staging goes (in the same transaction, so a failed report keeps it;
 * the result is kept in the step's context too, so that a restart after that commit does not write empty files).
 */
final class ReportTasklet implements Tasklet {

    private static final int PAGE = 1_000;

    private final SuppressionStagingPort staging;
    private final SuppressionResultsPort results;
    private final Path reportsDir;

    ReportTasklet(SuppressionStagingPort staging, SuppressionResultsPort results, Path reportsDir) {
        this.staging = staging;
        this.results = results;
        this.reportsDir = reportsDir;
    }

    static Path reportFile(Path reportsDir, long runId, String listId, String kind) {
        return reportsDir.resolve(SuppressionJob.NAME + "-" + runId + "-" + SuppressionReport.fileSafe(listId) + "-" + kind + ".csv");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunIdentity run = RunIdentity.of(chunkContext);
        Optional<JobResult> done = JobResults.of(run.step().getExecutionContext());
        if (done.isPresent()) {
            // Killed after this step committed (its staging is gone) and before it was marked done: keep its files.
            JobResults.record(run.step().getJobExecution(), done.get());
            return RepeatStatus.FINISHED;
        }
        @Nullable String region = SuppressionParameters.of(run.parameters()).region();
        CrossrefNotes notes = CrossrefNotes.of(run.step().getJobExecution());
        List<String> files = new ArrayList<>();
        for (ListChecked list : notes.checkedLists()) {
            String listId = list.listId();
            try (CsvReportFile matches = CsvReportFile.open(reportFile(reportsDir, run.runId(), listId, "matches"),
                    SuppressionReport.MATCH_COLUMNS);
                    CsvReportFile eligible = CsvReportFile.open(reportFile(reportsDir, run.runId(), listId, "eligible"),
                            SuppressionReport.ELIGIBLE_COLUMNS)) {
                Pager<MatchedContact> matched = cursor -> results.matches(run.runId(), listId, cursor, PAGE);
                matched.forEachPage(page -> page.forEach(match -> matches.print(SuppressionReport.matchRecord(match))));
                Pager<String> eligibleIds = cursor -> results.eligibleContactIds(run.runId(), listId, region, cursor, PAGE);
                eligibleIds.forEachPage(page -> page.forEach(id -> eligible.print(List.of(id))));
                files.add(matches.commit().toString());
                files.add(eligible.commit().toString());
            }
        }
        JobResult result = SuppressionReport.result(staging.sourceCounts(run.runId()), notes.checkedLists(), notes.failedLists(),
                files);
        JobResults.record(run.step().getExecutionContext(), result);
        JobResults.record(run.step().getJobExecution(), result);
        staging.clearRun(run.runId());
        return RepeatStatus.FINISHED;
    }
}
