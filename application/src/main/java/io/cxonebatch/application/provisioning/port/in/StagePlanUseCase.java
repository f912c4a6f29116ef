package io.cxonebatch.application.provisioning.port.in;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.StepTally;
import java.util.Iterator;

/** Step 1 of campaign-provisioning: checks every row of a plan and stages it, PENDING or REJECTED with all reasons. */
public interface StagePlanUseCase {

    /**
     * Forgets whatever the run staged before (a restarted step stages the file again from the top), then checks and
     * stages every line the iterator gives, a thousand at a time, auditing each rejection.
     *
     * @return how many rows were staged and how many of them rejected
     */
    StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines);
}
