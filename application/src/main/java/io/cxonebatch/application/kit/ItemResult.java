package io.cxonebatch.application.kit;

import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of a PENDING item: a settled status and its details.
 *
 * @param stage the step that rejected or failed it; null when it succeeded
 * @param violations why it was rejected or failed; empty otherwise
 * @param resultRef what the item became in CXone (a campaign id); null when nothing
 */
public record ItemResult(
        long key,
        ItemStatus status,
        @Nullable String stage,
        List<Violation> violations,
        @Nullable String resultRef,
        List<String> changes) {

    public ItemResult {
        if (status == null || status == ItemStatus.PENDING) {
            throw new IllegalArgumentException("the result of item " + key + " must settle it, not " + status);
        }
        violations = List.copyOf(violations);
        changes = List.copyOf(changes);
        if (status.isProblem() && (stage == null || violations.isEmpty())) {
            throw new IllegalArgumentException("item " + key + " is " + status + " and needs the stage and the reasons");
        }
    }

    /** An item rejected by a step, with every reason. */
    public static ItemResult rejected(long key, String stage, List<Violation> violations) {
        return new ItemResult(key, ItemStatus.REJECTED, stage, violations, null, List.of());
    }
}
