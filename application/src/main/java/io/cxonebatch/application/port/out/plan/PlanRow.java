package io.cxonebatch.application.port.out.plan;

import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A staged plan row and what has become of it so far.
 *
 * @param runId the job instance the row belongs to; a restart keeps it, a new run of the same file gets another
 * @param cells every cell of the row by lower-case column name, as read
 * @param stage the step that rejected or failed the row; null while it is PENDING or when it succeeded
 * @param violations why the row was rejected or failed; empty otherwise
 * @param campaignId the CXone campaign the row was provisioned as (or adopted); null when there is none
 * @param changes what was done for the row, or in a dry run what would be done, one line per change
 */
public record PlanRow(
        long runId,
        long line,
        @Nullable String externalKey,
        Map<String, String> cells,
        PlanRowStatus status,
        @Nullable PlanRowStage stage,
        List<Violation> violations,
        @Nullable String campaignId,
        List<String> changes) {

    public PlanRow {
        if (status == null) {
            throw new IllegalArgumentException("plan row " + runId + "/" + line + " needs a status");
        }
        cells = Map.copyOf(cells);
        violations = List.copyOf(violations);
        changes = List.copyOf(changes);
    }
}
