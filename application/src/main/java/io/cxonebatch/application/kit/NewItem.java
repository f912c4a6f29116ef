package io.cxonebatch.application.kit;

import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An item as read from a job's input, about to be staged: PENDING when it has no violations, REJECTED at
 * {@code rejectedAt} otherwise.
 *
 * @param key the item's place in the input, unique in the run and increasing in input order (a file's line)
 * @param ref what people call the item (a plan row's external key); null when the input left it blank
 * @param fields the item's input as read, by field name; blank fields may be absent
 * @param rejectedAt the step that rejected it; required when there are violations, null otherwise
 * @param violations every rule the item breaks; empty when it is valid
 */
public record NewItem(long key, @Nullable String ref, Map<String, String> fields, @Nullable String rejectedAt,
        List<Violation> violations) {

    public NewItem {
        fields = Map.copyOf(fields);
        violations = List.copyOf(violations);
        if (violations.isEmpty() != (rejectedAt == null)) {
            throw new IllegalArgumentException("item " + key + " names the step that rejected it exactly when it has violations");
        }
    }

    public static NewItem valid(long key, @Nullable String ref, Map<String, String> fields) {
        return new NewItem(key, ref, fields, null, List.of());
    }

    public boolean isValid() {
        return violations.isEmpty();
    }
}
