package io.cxonebatch.application.assignment.port.in;

import io.cxonebatch.application.kit.ItemResult;
import java.util.List;
import java.util.Optional;

/** Step 2 of agent-assignment: dispatches each campaign's pending rows to CXone in one atomic call. */
public interface DispatchAgentsUseCase {

    /** Starts a pass over a run's campaigns; the pass is thread-safe. */
    DispatchPass startPass(long runId, long jobExecutionId, boolean dryRun);

    /** A pass over a run's campaigns. */
    interface DispatchPass {

        /**
         * Dispatches the pending rows of one campaign (by external key) and records what became of each.
         *
         * @return the recorded results, or empty when CXone was not answering and the rows stay PENDING for later
         */
        Optional<List<ItemResult>> dispatch(String campaignKey);
    }
}
