package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemStatus;
import java.util.Set;

/**
 * A run's items a group at a time, a group being the items of one ref: the distinct refs in ref order, listed by
 * keyset after the last ref seen, and the items of one ref in key order.
 *
 * <p>Refs compare byte by byte ({@code COLLATE "C"}), so that their order, and so the cursor, does not depend on the
 * server's locale. staged_item_pending_ref_idx holds each ref's head, its first {@value #HEAD_CHARS} characters, in
 * that collation: the statements name the head and the collation as the index does, so that it serves them. A head
 * sorts as its ref does (it is cut at a character), so the refs are listed in the order of their heads, then of the
 * whole refs, which is ref order, and only refs sharing a head need sorting. Statuses are written as literals, as in
 * {@link StagedItemPages}, so that the planner can prove a listing of PENDING items matches that partial index.
 */
final class StagedItemGroups {

    /** The length of the head staged_item_pending_ref_idx holds; the statements must use the same. */
    static final int HEAD_CHARS = 256;

    private static final String HEAD = "left(ref, " + HEAD_CHARS + ") COLLATE \"C\"";

    private StagedItemGroups() {
    }

    /**
     * The refs' statement, with parameters {@code :runId}, {@code :limit} and, when {@code fromFirst} is false,
     * {@code :after}; its column {@code ref} is the ref. From the first ref there is no bound to compare with (the
     * empty string is a ref like another). After one, the bound on the head only says where the index range starts:
     * a ref after {@code :after} has a head no lower than its head.
     */
    static String refsSql(Set<ItemStatus> statuses, boolean fromFirst) {
        String after = fromFirst ? ""
                : " AND " + HEAD + " >= left(:after, " + HEAD_CHARS + ") AND ref COLLATE \"C\" > :after";
        return "SELECT DISTINCT " + HEAD + " AS head, ref COLLATE \"C\" AS ref FROM staged_item"
                + " WHERE run_id = :runId AND ref IS NOT NULL" + after + StagedItemPages.andStatusIn(statuses)
                + " ORDER BY head, ref LIMIT :limit";
    }

    /** The items' statement, with parameters {@code :runId}, {@code :ref} and {@code :limit}. */
    static String itemsSql(Set<ItemStatus> statuses) {
        return "SELECT " + StagedItemRowMapper.COLUMNS + " FROM staged_item"
                + " WHERE run_id = :runId AND " + HEAD + " = left(:ref, " + HEAD_CHARS + ") AND ref = :ref"
                + StagedItemPages.andStatusIn(statuses)
                + " ORDER BY item_key LIMIT :limit";
    }
}
