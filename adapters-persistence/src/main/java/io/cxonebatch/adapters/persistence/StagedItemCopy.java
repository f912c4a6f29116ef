package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The one COPY that stages a batch of items: one statement and one stream however many items there are. The
 * rows travel in pieces of about {@value #PIECE_CHARS} characters, so that a batch is never held as one text.
 *
 * <p>The pieces are encoded here, whole rows at a time, and written to pgJDBC's {@link CopyIn}, rather than handed
 * over as a {@code Reader}: {@code CopyManager.copyIn(sql, reader)} encodes each buffer it reads on its own, and
 * would mangle a character outside the Basic Multilingual Plane (an emoji) whose two halves straddle two buffers.
 */
final class StagedItemCopy {

    static final String SQL = """
            COPY staged_item (job_name, run_id, item_key, ref, fields, status, stage, violations)
            FROM STDIN WITH (FORMAT text, ENCODING 'UTF8')""";

    static final int PIECE_CHARS = 64 * 1024;

    private final StagedItemJson json;

    StagedItemCopy(StagedItemJson json) {
        this.json = json;
    }

    /**
     * @throws ItemAlreadyStagedException when a key is in the batch twice
     * @throws IllegalArgumentException when a value holds a NUL character
     */
    static void check(long runId, List<NewItem> items) {
        Set<Long> keys = new HashSet<>();
        for (NewItem item : items) {
            if (!keys.add(item.key())) {
                throw ItemAlreadyStagedException.twiceInBatch(runId, item.key());
            }
            StorableText.checkItem(runId, item);
        }
    }

    /**
     * Sends the items, each PENDING when it has no violations and otherwise REJECTED at the step that rejected it.
     *
     * @return how many rows PostgreSQL loaded
     */
    long copy(CopyManager copyManager, String jobName, long runId, List<NewItem> items) throws SQLException {
        CopyIn copy = copyManager.copyIn(SQL);
        try {
            CopyTextRows rows = new CopyTextRows();
            for (NewItem item : items) {
                rows.value(jobName)
                        .value(runId)
                        .value(item.key())
                        .value(item.ref())
                        .value(json.writeFields(item.fields()))
                        .value((item.isValid() ? ItemStatus.PENDING : ItemStatus.REJECTED).name())
                        .value(item.rejectedAt())
                        .value(json.writeViolations(item.violations()))
                        .endRow();
                if (rows.length() >= PIECE_CHARS) {
                    send(copy, rows);
                }
            }
            send(copy, rows);
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    private static void send(CopyIn copy, CopyTextRows rows) throws SQLException {
        byte[] piece = rows.takeUtf8();
        if (piece.length > 0) {
            copy.writeToCopy(piece, 0, piece.length);
        }
    }

    /** Ends a COPY that failed on this side, so that the connection can be used (or rolled back) again. */
    private static void cancel(CopyIn copy, Exception failure) {
        if (!copy.isActive()) {
            return;
        }
        try {
            copy.cancelCopy();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
