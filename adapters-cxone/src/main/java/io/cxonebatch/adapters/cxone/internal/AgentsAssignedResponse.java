package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/** {@code 200 {"campaignId","agentsUpdated","assignmentId","timestamp"}}. */
record AgentsAssignedResponse(
        @Nullable String campaignId, @Nullable Integer agentsUpdated, @Nullable String assignmentId, @Nullable String timestamp) {
}
