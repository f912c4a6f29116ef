package io.cxonebatch.application.port.out.staging;

import io.cxonebatch.application.kit.ItemCounts;
import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.application.kit.StagedItem;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Stages the items of a job run and records what becomes of each, once. Items are identified by run and key. Every
 * method is safe to call from several threads; none holds more than a page of items in memory.
 */
public interface StageItemsPort {

    /** Forgets every item of the run, so that a restarted first step can stage its input again from the top. */
    void clearRun(long runId);

    /**
     * Stages items read from the input, in one bulk load (COPY). A key staged twice for the same run is an error.
     * Joins the caller's transaction when there is one.
     */
    void stage(String jobName, long runId, List<NewItem> items);

    /**
     * Up to {@code limit} of the run's items in these statuses (every status when empty), in key order, after the
     * cursor (from the first when it is null).
     */
    Page<StagedItem> page(long runId, Set<ItemStatus> statuses, @Nullable PageCursor after, int limit);

    /**
     * Settles items, in one batch. Only PENDING items change: an item already settled keeps its first result (a
     * replay after a crash must not overwrite what an earlier attempt recorded).
     *
     * @return how many items changed
     */
    int settle(long runId, List<ItemResult> results);

    ItemCounts count(long runId);

    /**
     * The distinct refs of the run's items in these statuses (every status when empty), in ref order, after
     * {@code after} (from the first when it is null), up to {@code limit}: for a job that works on groups of items
     * (a campaign's roster lines). Items without a ref are not listed.
     */
    List<String> refs(long runId, Set<ItemStatus> statuses, @Nullable String after, int limit);

    /** The distinct refs of the run's items in these statuses, a page of {@code limit} at a time, in ref order. */
    default Pager<String> refPager(long runId, Set<ItemStatus> statuses, int limit) {
        return cursor -> {
            List<String> refs = refs(runId, statuses, cursor == null ? null : cursor.value(), limit);
            return refs.size() < limit ? Page.last(refs) : new Page<>(refs, new PageCursor(refs.get(refs.size() - 1)));
        };
    }

    /** Up to {@code limit} of the run's items of this ref in these statuses (every status when empty), in key order. */
    List<StagedItem> itemsOf(long runId, String ref, Set<ItemStatus> statuses, int limit);

    /** Hands every item of the run in these statuses (every status when empty) to the consumer, in key order. */
    default void forEach(long runId, Set<ItemStatus> statuses, int pageSize, Consumer<List<StagedItem>> pageConsumer) {
        Pager<StagedItem> pager = cursor -> page(runId, statuses, cursor, pageSize);
        pager.forEachPage(pageConsumer);
    }
}
