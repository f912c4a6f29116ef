package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.bootstrap.csv.CsvSchema;
import io.cxonebatch.bootstrap.csv.CsvTableReader;
import io.cxonebatch.domain.validation.PlanLayout;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Function;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step of a job over an input file: reads it with the CSV reader (a file that is not this format fails the
 * step, before any change, naming the problem) and hands its lines to the job's staging use case as they stream by.
 */
public final class InputFileTasklet implements Tasklet {

    /** A job's staging use case, as its in-port declares it. */
    @FunctionalInterface
    public interface Stager {
        StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines);
    }

    private final CsvSchema schema;
    private final Function<JobParameters, Path> file;
    private final String progressLabel;
    private final Stager stager;

    public InputFileTasklet(PlanLayout layout, Function<JobParameters, Path> file, String progressLabel, Stager stager) {
        this.schema = schemaOf(layout);
        this.file = file;
        this.progressLabel = progressLabel;
        this.stager = stager;
    }

    /** The reader's schema for a layout: its required columns, then the others. */
    public static CsvSchema schemaOf(PlanLayout layout) {
        return new CsvSchema(layout.planName(), layout.columns().stream().filter(layout.requiredColumns()::contains).toList(),
                layout.columns().stream().filter(column -> !layout.requiredColumns().contains(column)).toList());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        ProgressReporter progress = ProgressReporter.onStandardOutput(progressLabel, 0);
        try (CsvTableReader reader = CsvTableReader.open(file.apply(run.parameters()), schema)) {
            Iterator<InputLine> lines = reader.rows().peek(row -> progress.advance(1))
                    .map(row -> new InputLine(row.line(), row.cells(), row.cellCount(), row.columnCount())).iterator();
            StepTally tally = stager.stage(run.runId(), run.jobExecutionId(), lines);
            StepCounts.add(contribution, tally.read(), tally.written());
        }
        progress.finish();
        return RepeatStatus.FINISHED;
    }
}
