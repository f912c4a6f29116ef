package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/** Items and results for tests: plausible items, runs of many items and the usual settlements. */
final class StagedItems {

    static final String JOB = "campaign-provisioning";
    static final String VALIDATION = "VALIDATION";
    static final Violation MISSING_SKILLS = Violation.of("SKILLS_MISSING", "skills", "skills is required");

    // Above the fixture's run ids, so that each test works on runs of its own.
    private static final AtomicLong RUNS = new AtomicLong(1_000);

    private StagedItems() {
    }

    static long newRun() {
        return RUNS.incrementAndGet();
    }

    static NewItem valid(long key) {
        String ref = "plan-" + key;
        return NewItem.valid(key, ref, Map.of("external_key", ref, "name", "Campaign " + key, "type", "PREVIEW"));
    }

    static NewItem rejected(long key) {
        String ref = "plan-" + key;
        return new NewItem(key, ref, Map.of("external_key", ref, "name", "Campaign " + key), VALIDATION,
                List.of(MISSING_SKILLS));
    }

    /** Keys {@code from} to {@code to} inclusive, rejected where {@code rejectedWhere} says so, in key order. */
    static List<NewItem> items(long from, long to, LongPredicate rejectedWhere) {
        return LongStream.rangeClosed(from, to)
                .mapToObj(key -> rejectedWhere.test(key) ? rejected(key) : valid(key))
                .toList();
    }

    static List<NewItem> validItems(long from, long to) {
        return items(from, to, key -> false);
    }

    static ItemResult done(long key) {
        return new ItemResult(key, ItemStatus.DONE, null, List.of(), "camp_" + key, List.of("created campaign camp_" + key));
    }

    static ItemResult failed(long key) {
        return new ItemResult(key, ItemStatus.FAILED, "PROVISIONING",
                List.of(Violation.of("CXONE_UNAVAILABLE", "", "CXone answered 503 for item " + key)), null, List.of());
    }
}
