package io.cxonebatch.application.pacing.port.in;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.StagedItem;
import java.util.Optional;

/** Step 2 of dialer-parameter-update: applies each pending row to its campaign in CXone. */
public interface UpdatePacingUseCase {

    /** Starts a pass over a run's pending rows; the pass is thread-safe. */
    PacingPass startPass(long runId, long jobExecutionId, boolean dryRun);

    /** A pass over a run's rows. */
    interface PacingPass {

        /**
         * Brings one campaign's dialer parameters to what its row asks, or says they are already in place, and
         * records what became of the row.
         *
         * @return the recorded result, or empty when CXone was not answering and the row stays PENDING for later
         */
        Optional<ItemResult> update(StagedItem row);
    }
}
