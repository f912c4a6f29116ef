package io.cxonebatch.bootstrap.batch.suppression;

import io.cxonebatch.application.suppression.port.in.DncFile;
import io.cxonebatch.application.suppression.port.in.DncLine;
import io.cxonebatch.application.suppression.port.in.LoadSuppressionSourcesUseCase.SourceLoaded;
import io.cxonebatch.application.suppression.port.in.LoadSuppressionSourcesUseCase;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.StepCounts;
import io.cxonebatch.bootstrap.csv.CsvSchema;
import io.cxonebatch.bootstrap.csv.CsvTableReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: refuses do-not-call files that are too old before anything is read, then loads them, one file per
 * transaction: a crash mid-file rolls that file back, and a restart loads it again from its top.
 */
final class SourcesTasklet implements Tasklet {

    static final CsvSchema SCHEMA = new CsvSchema("do-not-call file", List.of("phone_number"), List.of("source", "reason"));
    private static final String FILES_LOADED = "sources.filesLoaded";

    private final LoadSuppressionSourcesUseCase sources;

    SourcesTasklet(LoadSuppressionSourcesUseCase sources) {
        this.sources = sources;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        List<DncFile> files = SuppressionParameters.of(run.parameters()).dncFiles();
        ExecutionContext step = run.step().getExecutionContext();
        int loaded = step.getInt(FILES_LOADED, 0);
        if (loaded == 0) {
            sources.refusal(files).ifPresent(why -> {
                throw new SourceRefusedException("Refused before anything was matched: " + why);
            });
        }
        if (loaded >= files.size()) {
            return RepeatStatus.FINISHED;
        }
        DncFile file = files.get(loaded);
        try (CsvTableReader reader = CsvTableReader.open(Path.of(file.name()), SCHEMA)) {
            Iterator<DncLine> lines = reader.rows()
                    .map(row -> new DncLine(row.line(), row.get("phone_number"), row.get("source"), row.get("reason"))).iterator();
            SourceLoaded result = sources.loadFile(run.runId(), run.jobExecutionId(), file, lines);
            StepCounts.add(contribution, result.entries(), result.entries());
        }
        step.putInt(FILES_LOADED, loaded + 1);
        return loaded + 1 < files.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }
}
