package io.cxonebatch.application.pacing.port.in;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.StepTally;
import java.util.Iterator;

/** Step 1 of dialer-parameter-update: checks every row of a pacing plan and stages it, PENDING or REJECTED. */
public interface StagePacingPlanUseCase {

    /**
     * Forgets whatever the run staged before, then checks and stages every line: the pacing rules (every violation
     * at once), a campaign the registry knows (by external key or CXone id), and one row per campaign. Each
     * rejection is audited.
     *
     * @return how many rows were read and staged
     */
    StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines);
}
