package io.cxonebatch.domain.assignment;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Roster rows for tests: a valid row, changed cell by cell with the roster's column names. */
final class RosterEntryFixture {

    private final Map<String, String> cells = new HashMap<>();

    private RosterEntryFixture(String userId) {
        with("campaign", "PV-EAST");
        with("user_id", userId);
        with("skills", "sales;preview-qualified");
        with("window_start", "09:00");
        with("window_end", "17:00");
        with("timezone", "America/New_York");
        with("max_concurrent_calls", "1");
    }

    static RosterEntryFixture agent(String userId) {
        return new RosterEntryFixture(userId);
    }

    /** Sets a cell; the column must be one the roster knows. */
    RosterEntryFixture with(String column, @Nullable String value) {
        if (!RosterEntry.LAYOUT.columns().contains(column)) {
            throw new IllegalArgumentException("agent roster has no column " + column);
        }
        cells.put(column, value);
        return this;
    }

    RosterEntryFixture without(String column) {
        return with(column, null);
    }

    RosterEntry build() {
        return RosterEntry.fromCells(4, cells::get);
    }
}
