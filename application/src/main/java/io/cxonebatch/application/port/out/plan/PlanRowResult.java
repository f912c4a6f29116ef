package io.cxonebatch.application.port.out.plan;

import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of a PENDING row: a settled status and its details.
 *
 * @param stage the step that rejected or failed it; null when it succeeded
 * @param violations why it was rejected or failed; empty otherwise
 */
public record PlanRowResult(
        long line,
        PlanRowStatus status,
        @Nullable PlanRowStage stage,
        List<Violation> violations,
        @Nullable String campaignId,
        List<String> changes) {

    public PlanRowResult {
        if (status == null || status == PlanRowStatus.PENDING) {
            throw new IllegalArgumentException("the result of plan row " + line + " must settle it, not " + status);
        }
        violations = List.copyOf(violations);
        changes = List.copyOf(changes);
        if ((status == PlanRowStatus.REJECTED || status == PlanRowStatus.FAILED) && (stage == null || violations.isEmpty())) {
            throw new IllegalArgumentException("plan row " + line + " is " + status + " and needs the stage and the reasons");
        }
    }

    /** A row rejected by a step, with every reason. */
    public static PlanRowResult rejected(long line, PlanRowStage stage, List<Violation> violations) {
        return new PlanRowResult(line, PlanRowStatus.REJECTED, stage, violations, null, List.of());
    }
}
