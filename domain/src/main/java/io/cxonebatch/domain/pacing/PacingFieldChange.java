package io.cxonebatch.domain.pacing;

import org.jspecify.annotations.Nullable;

/**
 * One dialer parameter a pacing change moves, named by its pacing-plan column.
 *
 * @param from the value CXone holds, as text; null when the campaign has no dialer parameters yet
 * @param to the value the plan asks for, as text
 */
public record PacingFieldChange(String field, @Nullable String from, String to) {

    /** {@code max_concurrent_calls 25 → 150}. */
    public String describe() {
        return field + " " + (from == null ? "(none)" : from) + " → " + to;
    }
}
