package io.cxonebatch.application.provisioning.port.in;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.StagedItem;
import java.util.Optional;

/** Step 5 of campaign-provisioning: carries out the pending rows in CXone, each settled as soon as it ends. */
public interface ProvisionPlanRowsUseCase {

    /** Starts a pass over a run's pending rows; the pass is thread-safe and reads CXone's listing once. */
    RowPass startPass(long runId, long jobExecutionId, boolean dryRun);

    /** A pass over a run's rows. */
    interface RowPass {

        /**
         * Provisions one pending row and records what became of it, in its own transaction.
         *
         * @return the recorded result, or empty when CXone was not answering and the row stays PENDING for later
         */
        Optional<ItemResult> provision(StagedItem row);
    }
}
