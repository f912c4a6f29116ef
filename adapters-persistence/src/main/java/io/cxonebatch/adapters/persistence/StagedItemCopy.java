package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.copy.CopyManager;

/**
 * The one COPY that stages a batch of items ({@link TextCopy}): each item a row of {@code staged_item}, its fields and
 * violations as JSON.
 */
final class StagedItemCopy {

    static final String SQL = """
            COPY staged_item (job_name, run_id, item_key, ref, fields, status, stage, violations)
            FROM STDIN WITH (FORMAT text, ENCODING 'UTF8')""";

    static final int PIECE_CHARS = TextCopy.PIECE_CHARS;

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
        return TextCopy.copy(copyManager, SQL, items, (item, row) -> row
                .value(jobName)
                .value(runId)
                .value(item.key())
                .value(item.ref())
                .value(json.writeFields(item.fields()))
                .value((item.isValid() ? ItemStatus.PENDING : ItemStatus.REJECTED).name())
                .value(item.rejectedAt())
                .value(json.writeViolations(item.violations())));
    }
}
