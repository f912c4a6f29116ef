package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.provisioning.port.in.CheckConflictsUseCase.ConflictCheck;
import io.cxonebatch.application.provisioning.port.in.CheckConflictsUseCase;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.StepCounts;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 2: rejects the pending rows whose windows clash (see {@link CheckConflictsUseCase}). */
final class ConflictsTasklet implements Tasklet {

    private final CheckConflictsUseCase conflicts;

    ConflictsTasklet(CheckConflictsUseCase conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        ConflictCheck check = conflicts.check(run.runId(), run.jobExecutionId(),
                ProvisioningParameters.of(run.parameters()).conflictScope());
        StepCounts.add(contribution, check.tally().read(), check.tally().written());
        RunNotes.of(run.step().getJobExecution()).pendingPreviews(check.pendingPreviews());
        return RepeatStatus.FINISHED;
    }
}
