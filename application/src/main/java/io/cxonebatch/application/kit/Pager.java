package io.cxonebatch.application.kit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a listing a page at a time from a cursor: the first page (no cursor), then each page's {@code next}
 * until one has none. Only one page is held at a time. A cursor met twice stops the walk rather than loop forever.
 */
@FunctionalInterface
public interface Pager<T> {

    /** The page at the cursor; the first page when it is null. */
    Page<T> page(@Nullable PageCursor cursor);

    /** Hands every page to the consumer, in order, until the last. */
    default void forEachPage(Consumer<List<T>> consumer) {
        find(items -> {
            consumer.accept(items);
            return Optional.empty();
        });
    }

    /** What {@code inPage} finds in the first page that holds it; no page after that one is read. */
    default <R> Optional<R> find(Function<List<T>, Optional<R>> inPage) {
        Set<PageCursor> seen = new HashSet<>();
        PageCursor cursor = null;
        while (true) {
            Page<T> page = page(cursor);
            Optional<R> found = inPage.apply(page.items());
            if (found.isPresent() || page.next() == null) {
                return found;
            }
            cursor = page.next();
            if (!seen.add(cursor)) {
                throw new IllegalStateException("the listing names page '" + cursor + "' a second time; stopping instead of looping");
            }
        }
    }
}
