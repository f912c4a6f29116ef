package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the run's PENDING rows in line order, a page at a time. It keeps no state across restarts on purpose:
 * a settled row is no longer PENDING, so a restarted step starts from the top and meets only the rows that were
 * not settled before the crash. Called from the step's thread only.
 */
class PendingPlanRowReader implements ItemReader<PlanRow> {

    private final StagePlanRowsPort rows;
    private final long runId;
    private final int pageSize;
    private final Deque<PlanRow> page = new ArrayDeque<>();
    private long afterLine;
    private boolean exhausted;

    PendingPlanRowReader(StagePlanRowsPort rows, long runId, int pageSize) {
        this.rows = rows;
        this.runId = runId;
        this.pageSize = pageSize;
    }

    @Override
    public @Nullable PlanRow read() {
        if (page.isEmpty() && !exhausted) {
            var next = rows.pendingRows(runId, afterLine, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        PlanRow row = page.poll();
        if (row != null) {
            afterLine = row.line();
        }
        return row;
    }
}
