package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.provisioning.port.in.StagePlanUseCase;
import io.cxonebatch.bootstrap.batch.ProgressReporter;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.StepCounts;
import io.cxonebatch.bootstrap.csv.CsvSchema;
import io.cxonebatch.bootstrap.csv.CsvTableReader;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import java.util.Iterator;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: streams the plan file to the staging use case, which checks and stages every row. A file that cannot be
 * read as a campaign plan fails the step before anything is staged or any call to CXone is made. The step is one
 * transaction and stages from the top on restart, so a crash leaves nothing half-staged.
 */
final class ValidateTasklet implements Tasklet {

    static final CsvSchema SCHEMA = new CsvSchema(CampaignPlanEntry.LAYOUT.planName(),
            CampaignPlanEntry.LAYOUT.columns().stream().filter(CampaignPlanEntry.LAYOUT.requiredColumns()::contains).toList(),
            CampaignPlanEntry.LAYOUT.columns().stream().filter(c -> !CampaignPlanEntry.LAYOUT.requiredColumns().contains(c)).toList());

    private final StagePlanUseCase staging;

    ValidateTasklet(StagePlanUseCase staging) {
        this.staging = staging;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        ProgressReporter progress = ProgressReporter.onStandardOutput("Validating plan", 0);
        try (CsvTableReader reader = CsvTableReader.open(ProvisioningParameters.of(run.parameters()).plan(), SCHEMA)) {
            Iterator<InputLine> lines = reader.rows().peek(row -> progress.advance(1))
                    .map(row -> new InputLine(row.line(), row.cells(), row.cellCount(), row.columnCount())).iterator();
            StepTally tally = staging.stage(run.runId(), run.jobExecutionId(), lines);
            StepCounts.add(contribution, tally.read(), tally.written());
        }
        progress.finish();
        return RepeatStatus.FINISHED;
    }
}
