package io.cxonebatch.application.port.out.plan;

import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan row as read from the file, about to be staged: PENDING when it has no violations, REJECTED at
 * {@link PlanRowStage#VALIDATION} otherwise.
 *
 * @param line the line the row starts on in the file (the header is line 1)
 * @param externalKey the row's key as written; null when the cell was blank
 * @param cells every cell of the row by lower-case column name, as read; blank cells may be absent
 * @param violations every rule the row breaks; empty when it is valid
 */
public record NewPlanRow(long line, @Nullable String externalKey, Map<String, String> cells, List<Violation> violations) {

    public NewPlanRow {
        if (line < 2) {
            throw new IllegalArgumentException("plan row line " + line + " must be 2 or more (line 1 is the header)");
        }
        cells = Map.copyOf(cells);
        violations = List.copyOf(violations);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }
}
