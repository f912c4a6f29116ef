package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/**
 * CXone's answer to an agent assignment.
 *
 * @param assignmentId CXone's id of the assignment
 * @param agentsUpdated how many agents CXone says it updated; null when its answer did not say (the contract
 *     promises the count, but an assignment CXone made is not undone for want of it)
 */
public record AgentsAssigned(String assignmentId, @Nullable Integer agentsUpdated) {
}
