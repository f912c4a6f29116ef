package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.Pager;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads any paged port ({@link Pager}) item by item, one page in memory. With state saved (the default) it keeps, at
 * every commit, the cursor of the page it is on and how many of that page's items it has handed out, in the step's
 * execution context: a restart reads that page again and skips what was already read, instead of starting from the
 * first page. Called from the step's thread only.
 */
public final class PagedItemReader<T> implements ItemStreamReader<T> {

    private final String name;
    private final Pager<T> pager;
    private final boolean saveState;
    private @Nullable PageCursor cursor;
    private @Nullable Page<T> page;
    private int index;

    /**
     * @param name distinguishes this reader's keys in the execution context
     * @param saveState false for readers whose items leave the listing once handled (pending rows), which must start
     *     from the top after a restart rather than skip what was left pending
     */
    public PagedItemReader(String name, Pager<T> pager, boolean saveState) {
        this.name = name;
        this.pager = pager;
        this.saveState = saveState;
    }

    @Override
    public void open(ExecutionContext context) {
        if (saveState && context.containsKey(key("index"))) {
            String saved = context.getString(key("cursor"), "");
            cursor = saved.isEmpty() ? null : new PageCursor(saved);
            page = pager.page(cursor);
            index = context.getInt(key("index"));
        }
    }

    @Override
    public @Nullable T read() {
        while (true) {
            Page<T> current = page;
            if (current == null) {
                current = pager.page(cursor);
                page = current;
                index = 0;
            }
            List<T> items = current.items();
            if (index < items.size()) {
                return items.get(index++);
            }
            if (current.next() == null) {
                return null;
            }
            cursor = current.next();
            page = null;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        if (saveState) {
            context.putString(key("cursor"), cursor == null ? "" : cursor.value());
            context.putInt(key("index"), index);
        }
    }

    private String key(String what) {
        return name + ".page." + what;
    }
}
