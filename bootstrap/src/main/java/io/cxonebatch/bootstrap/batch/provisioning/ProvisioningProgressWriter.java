package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.bootstrap.batch.ProgressReporter;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Moves the progress bar as chunks complete. The rows' results are already recorded by the processor, row by row.
 */
class ProvisioningProgressWriter implements ItemWriter<PlanRowResult>, StepExecutionListener {

    private final StagePlanRowsPort rows;
    private final long runId;
    private @Nullable ProgressReporter progress;

    ProvisioningProgressWriter(StagePlanRowsPort rows, long runId) {
        this.rows = rows;
        this.runId = runId;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long pending = rows.count(runId).of(PlanRowStatus.PENDING);
        progress = ProgressReporter.onStandardOutput("Provisioning", pending);
    }

    @Override
    public void write(Chunk<? extends PlanRowResult> chunk) {
        ProgressReporter reporter = progress;
        if (reporter != null) {
            reporter.advance(chunk.size());
        }
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        ProgressReporter reporter = progress;
        if (reporter != null) {
            reporter.finish();
        }
        return null;
    }
}
