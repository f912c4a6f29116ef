package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL stores no NUL character (U+0000) in {@code text} or {@code jsonb}. Callers replace it when they read
 * their input; checking again before the database is asked names the item and the field at fault, where the
 * database would only refuse the whole batch.
 */
final class StorableText {

    private StorableText() {
    }

    static void checkItem(long runId, NewItem item) {
        check(item.ref(), runId, item.key(), "the ref");
        check(item.rejectedAt(), runId, item.key(), "the stage");
        item.fields().forEach((name, value) -> {
            String shown = name.replace('\0', '?');
            check(name, runId, item.key(), "the name of field '" + shown + "'");
            check(value, runId, item.key(), "field '" + shown + "'");
        });
        checkViolations(runId, item.key(), item.violations());
    }

    /**
     * A result records what happened, often in CXone's own words (a rejection's message), which nobody can correct
     * and which a restart would meet again: its NULs are replaced (U+FFFD) rather than refused, so the item settles.
     */
    static ItemResult storable(ItemResult result) {
        return new ItemResult(result.key(), result.status(), replaced(result.stage()),
                result.violations().stream().map(v -> new Violation(v.code(), replaced(v.field()), replaced(v.message()))).toList(),
                replaced(result.resultRef()), result.changes().stream().map(StorableText::replaced).toList());
    }

    @SuppressWarnings("NullAway") // null in, null out
    private static String replaced(@Nullable String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
    }

    private static void checkViolations(long runId, long key, List<Violation> violations) {
        for (Violation violation : violations) {
            // The code is upper snake case, so it can name the violation safely.
            check(violation.field() + violation.message(), runId, key, "violation " + violation.code());
        }
    }

    private static void check(@Nullable String value, long runId, long key, String where) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("item " + key + " of run " + runId + " cannot be stored: " + where
                    + " holds a NUL character (U+0000), which PostgreSQL does not accept in text");
        }
    }
}
