package io.cxonebatch.application.kit;

import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A staged item and what has become of it so far.
 *
 * @param runId the job instance the item belongs to; a restart keeps it, a new run of the same input gets another
 * @param stage the step that rejected or failed the item; null while it is PENDING or when it succeeded
 * @param violations why the item was rejected or failed; empty otherwise
 * @param resultRef what the item became in CXone (a campaign id); null when nothing
 * @param changes what was done for the item, or in a dry run what would be done, one line per change
 */
public record StagedItem(
        long runId,
        long key,
        @Nullable String ref,
        Map<String, String> fields,
        ItemStatus status,
        @Nullable String stage,
        List<Violation> violations,
        @Nullable String resultRef,
        List<String> changes) {

    public StagedItem {
        if (status == null) {
            throw new IllegalArgumentException("staged item " + runId + "/" + key + " needs a status");
        }
        fields = Map.copyOf(fields);
        violations = List.copyOf(violations);
        changes = List.copyOf(changes);
    }
}
