package io.cxonebatch.application.provisioning.port.in;

import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.domain.schedule.ConflictScope;

/** Step 2 of campaign-provisioning: rejects the pending rows whose windows clash. Reads CXone, changes nothing there. */
public interface CheckConflictsUseCase {

    ConflictCheck check(long runId, long jobExecutionId, ConflictScope scope);

    /**
     * @param tally rows looked at, and rows rejected
     * @param pendingPreviews valid preview rows still pending afterwards: the webhook step registers only for them
     */
    record ConflictCheck(StepTally tally, long pendingPreviews) {
    }
}
