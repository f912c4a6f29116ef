package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Entries, contacts and runs for the suppression tables' tests, and a walk through every page of a listing. */
final class Suppressions {

    static final String CXONE = "cxone";
    static final String FILE = "dnc-2026-11.csv";

    private static final AtomicLong RUNS = new AtomicLong(5_000);

    private Suppressions() {
    }

    static long newRun() {
        return RUNS.incrementAndGet();
    }

    static StagedSuppression entry(String source, @Nullable String e164, @Nullable String reason) {
        return new StagedSuppression(source, null, e164, reason);
    }

    static StagedContact contact(String listId, String contactId, @Nullable String e164) {
        return new StagedContact(listId, contactId, e164, null);
    }

    static StagedContact contact(String listId, String contactId, @Nullable String e164, @Nullable String region) {
        return new StagedContact(listId, contactId, e164, region);
    }

    /** Every item of every page, and each page's cursor, from the first page on. */
    static <T> Walk<T> walk(Function<@Nullable PageCursor, Page<T>> pages) {
        List<T> items = new ArrayList<>();
        List<@Nullable PageCursor> cursors = new ArrayList<>();
        PageCursor cursor = null;
        do {
            Page<T> page = pages.apply(cursor);
            items.addAll(page.items());
            cursor = page.next();
            cursors.add(cursor);
        } while (cursor != null);
        return new Walk<>(items, cursors);
    }

    record Walk<T>(List<T> items, List<@Nullable PageCursor> cursors) {
    }
}
