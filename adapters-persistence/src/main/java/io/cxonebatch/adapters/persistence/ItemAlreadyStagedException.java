package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.NewItem;
import java.sql.SQLException;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An item was staged under a key its run already has, or twice in one batch: the run was restarted without being
 * cleared, or the reader handed out an item twice. Nothing of the batch is staged.
 */
public class ItemAlreadyStagedException extends RuntimeException {

    // PostgreSQL's detail of a unique violation: Key (run_id, item_key)=(1001, 3) already exists.
    private static final Pattern DUPLICATE_KEY = Pattern.compile("\\(run_id, item_key\\)=\\(-?\\d+, (-?\\d+)\\)");

    private final long runId;
    private final @Nullable Long key;

    private ItemAlreadyStagedException(long runId, @Nullable Long key, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.runId = runId;
        this.key = key;
    }

    static ItemAlreadyStagedException twiceInBatch(long runId, long key) {
        return new ItemAlreadyStagedException(runId, key,
                "item " + key + " of run " + runId + " is in the batch twice; nothing was staged", null);
    }

    /** The key the database reports, or the batch's range of keys when its message names none. */
    static ItemAlreadyStagedException alreadyInDatabase(long runId, List<NewItem> batch, SQLException e) {
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getMessage()));
        if (duplicate.find()) {
            long key = Long.parseLong(duplicate.group(1));
            return new ItemAlreadyStagedException(runId, key, "item " + key + " of run " + runId
                    + " is already staged; nothing of the batch was staged: " + e.getMessage(), e);
        }
        LongSummaryStatistics keys = batch.stream().mapToLong(NewItem::key).summaryStatistics();
        return new ItemAlreadyStagedException(runId, null, "run " + runId + " already has an item between "
                + keys.getMin() + " and " + keys.getMax() + " staged; nothing of the batch was staged: " + e.getMessage(), e);
    }

    public long runId() {
        return runId;
    }

    /** The key staged twice; empty when the database did not say which key of the batch it was. */
    public OptionalLong key() {
        return key == null ? OptionalLong.empty() : OptionalLong.of(key);
    }
}
