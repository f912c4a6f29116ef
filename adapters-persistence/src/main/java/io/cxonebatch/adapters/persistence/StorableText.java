package io.cxonebatch.adapters.persistence;

import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL stores no NUL character (U+0000) in {@code text} or {@code jsonb}. Checking before the insert
 * names the line and field at fault, where the database would only refuse the whole batch.
 */
final class StorableText {

    private StorableText() {
    }

    static void checkRow(long runId, long line, @Nullable String externalKey, Map<String, String> cells,
            List<Violation> violations) {
        check(externalKey, runId, line, "the external key");
        cells.forEach((column, value) -> {
            String shown = column.replace('\0', '?');
            check(column, runId, line, "the name of column '" + shown + "'");
            check(value, runId, line, "column '" + shown + "'");
        });
        checkViolations(runId, line, violations);
    }

    static void checkResult(long runId, long line, List<Violation> violations, @Nullable String campaignId,
            List<String> changes) {
        checkViolations(runId, line, violations);
        check(campaignId, runId, line, "the campaign id");
        changes.forEach(change -> check(change, runId, line, "a change"));
    }

    private static void checkViolations(long runId, long line, List<Violation> violations) {
        for (Violation violation : violations) {
            // The code is upper snake case, so it can name the violation safely.
            check(violation.field() + violation.message(), runId, line, "violation " + violation.code());
        }
    }

    private static void check(@Nullable String value, long runId, long line, String where) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("plan row line " + line + " of run " + runId + " cannot be stored: "
                    + where + " holds a NUL character (U+0000), which PostgreSQL does not accept in text");
        }
    }
}
