package io.cxonebatch.application.assignment.port.in;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.StepTally;
import java.util.Iterator;

/** Step 1 of agent-assignment: checks every row of a roster and stages it, PENDING or REJECTED with all reasons. */
public interface StageRosterUseCase {

    /**
     * Forgets whatever the run staged before, then checks and stages every line under its campaign's external key:
     * a preview campaign the registry knows, skills, 1 or 2 concurrent calls, a zone of the campaign and a window that
     * meets the campaign's, a capacity score above 0, each agent once per campaign. Each rejection is audited.
     */
    StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines);
}
