package io.cxonebatch.application.kit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing and where the next one starts.
 *
 * @param next the cursor of the following page; null on the last page
 */
public record Page<T>(List<T> items, @Nullable PageCursor next) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    public boolean isLast() {
        return next == null;
    }
}
