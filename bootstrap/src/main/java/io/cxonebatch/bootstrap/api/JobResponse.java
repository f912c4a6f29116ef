package io.cxonebatch.bootstrap.api;

import org.jspecify.annotations.Nullable;

/** A job and its newest execution, null when it never ran. */
record JobResponse(String name, @Nullable ExecutionSummaryResponse lastExecution) {
}
