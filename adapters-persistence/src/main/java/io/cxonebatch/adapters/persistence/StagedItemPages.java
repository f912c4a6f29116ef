package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.StagedItem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The keyset listing of a run's items: each page is the next {@code :limit} items after the last key of the page
 * before, in key order. A page costs one index range scan however deep into the run it starts, and nothing stays
 * open between pages, so the reader may settle the items it was handed before it asks for more. The cursor is the
 * last key of the page in decimal.
 */
final class StagedItemPages {

    /** Below every key, which staged_item_item_key_check keeps at zero or more. */
    private static final long BEFORE_FIRST_KEY = -1;

    private StagedItemPages() {
    }

    /**
     * The page's statement, with parameters {@code :runId}, {@code :afterKey} and {@code :limit}. The statuses
     * are written into it as literals rather than bound: the planner can then prove that a listing of PENDING items
     * matches the partial index staged_item_pending_idx, even in a generic plan cached for a prepared statement.
     * They are names of an enum, so no other text can reach the statement.
     */
    static String sql(Set<ItemStatus> statuses) {
        return "SELECT " + StagedItemRowMapper.COLUMNS + " FROM staged_item"
                + " WHERE run_id = :runId AND item_key > :afterKey" + andStatusIn(statuses)
                + " ORDER BY item_key LIMIT :limit";
    }

    /**
     * The condition on the statuses, written as literals for the reason {@link #sql} gives, to follow a WHERE clause:
     * nothing for an empty set, which means every status.
     */
    static String andStatusIn(Set<ItemStatus> statuses) {
        return statuses.isEmpty() ? "" : " AND status IN (" + EnumSet.copyOf(statuses).stream()
                .map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    static long afterKey(@Nullable PageCursor cursor) {
        if (cursor == null) {
            return BEFORE_FIRST_KEY;
        }
        try {
            return Long.parseLong(cursor.value());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor of staged items (the last key of a page)", e);
        }
    }

    /** The cursor after a page: none when it holds fewer items than asked for, since then no item follows. */
    static @Nullable PageCursor next(List<StagedItem> page, int limit) {
        if (page.size() < limit) {
            return null;
        }
        return new PageCursor(Long.toString(page.get(page.size() - 1).key()));
    }
}
