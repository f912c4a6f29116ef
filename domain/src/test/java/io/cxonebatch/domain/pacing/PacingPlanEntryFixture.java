package io.cxonebatch.domain.pacing;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Pacing plan rows for tests: a valid row, changed cell by cell with the plan's column names. */
final class PacingPlanEntryFixture {

    private final Map<String, String> cells = new HashMap<>();

    private PacingPlanEntryFixture() {
        with("campaign", "Q3-EAST");
        with("dialer_type", "predictive");
        with("max_concurrent_calls", "150");
        with("pacing_type", "fixed");
        with("interval_seconds", "60");
        with("max_calls_per_interval", "25");
        with("throttle_percent", "0.85");
        with("timezone", "America/New_York");
    }

    static PacingPlanEntryFixture pacingRow() {
        return new PacingPlanEntryFixture();
    }

    /** Sets a cell; the column must be one the pacing plan knows. */
    PacingPlanEntryFixture with(String column, @Nullable String value) {
        if (!PacingPlanEntry.LAYOUT.columns().contains(column)) {
            throw new IllegalArgumentException("pacing plan has no column " + column);
        }
        cells.put(column, value);
        return this;
    }

    PacingPlanEntryFixture without(String column) {
        return with(column, null);
    }

    PacingPlanEntry build() {
        return PacingPlanEntry.fromCells(5, cells::get);
    }
}
