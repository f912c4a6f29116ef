package io.cxonebatch.bootstrap.batch;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which run a step is part of: the job instance (the run's id in staging, kept by a restart) and the execution (the
 * audit's), with the run's parameters.
 */
public record RunIdentity(long runId, long jobExecutionId, JobParameters parameters, StepExecution step) {

    public static RunIdentity of(StepExecution step) {
        return new RunIdentity(step.getJobExecution().getJobInstance().getInstanceId(), step.getJobExecutionId(),
                step.getJobParameters(), step);
    }

    public static RunIdentity of(ChunkContext chunkContext) {
        return of(chunkContext.getStepContext().getStepExecution());
    }
}
