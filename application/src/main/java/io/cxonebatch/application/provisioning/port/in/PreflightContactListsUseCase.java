package io.cxonebatch.application.provisioning.port.in;

import io.cxonebatch.application.kit.StepTally;
/**
 * Step 3 of campaign-provisioning: asks CXone once for each contact list the pending rows dial, and rejects the
 * rows naming a list CXone does not have, before any change. Reads CXone, changes nothing there.
 */
public interface PreflightContactListsUseCase {

    /** @return rows looked at, and rows rejected */
    StepTally check(long runId, long jobExecutionId);
}
