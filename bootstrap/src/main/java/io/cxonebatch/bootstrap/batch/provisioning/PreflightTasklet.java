package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.provisioning.port.in.PreflightContactListsUseCase;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.StepCounts;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 3: rejects, before any change, the rows naming a contact list CXone does not have. */
final class PreflightTasklet implements Tasklet {

    private final PreflightContactListsUseCase preflight;

    PreflightTasklet(PreflightContactListsUseCase preflight) {
        this.preflight = preflight;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        StepTally tally = preflight.check(run.runId(), run.jobExecutionId());
        StepCounts.add(contribution, tally.read(), tally.written());
        return RepeatStatus.FINISHED;
    }
}
