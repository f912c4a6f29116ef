package io.cxonebatch.application.kit;

import io.cxonebatch.application.port.out.staging.StageItemsPort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/** The staging table in memory, keyed and paged like the real one; settles only PENDING items. Thread-safe. */
public final class FakeStaging implements StageItemsPort {

    public final Map<Long, NavigableMap<Long, StagedItem>> runs = new ConcurrentHashMap<>();
    public int stageCalls;

    @Override
    public void clearRun(long runId) {
        runs.remove(runId);
    }

    @Override
    public synchronized void stage(String jobName, long runId, List<NewItem> items) {
        stageCalls++;
        NavigableMap<Long, StagedItem> run = runs.computeIfAbsent(runId, id -> new ConcurrentSkipListMap<>());
        for (NewItem item : items) {
            ItemStatus status = item.isValid() ? ItemStatus.PENDING : ItemStatus.REJECTED;
            if (run.putIfAbsent(item.key(), new StagedItem(runId, item.key(), item.ref(), item.fields(), status, item.rejectedAt(),
                    item.violations(), null, List.of())) != null) {
                throw new IllegalStateException("item " + item.key() + " of run " + runId + " is staged already");
            }
        }
    }

    @Override
    public Page<StagedItem> page(long runId, Set<ItemStatus> statuses, @Nullable PageCursor after, int limit) {
        NavigableMap<Long, StagedItem> run = runs.getOrDefault(runId, new ConcurrentSkipListMap<>());
        NavigableMap<Long, StagedItem> rest = after == null ? run : run.tailMap(Long.parseLong(after.value()), false);
        List<StagedItem> page = new ArrayList<>();
        for (StagedItem item : rest.values()) {
            if (statuses.isEmpty() || statuses.contains(item.status())) {
                page.add(item);
                if (page.size() == limit) {
                    return new Page<>(page, new PageCursor(String.valueOf(item.key())));
                }
            }
        }
        return Page.last(page);
    }

    @Override
    public synchronized int settle(long runId, List<ItemResult> results) {
        int changed = 0;
        for (ItemResult result : results) {
            StagedItem item = runs.get(runId).get(result.key());
            if (item != null && item.status() == ItemStatus.PENDING) {
                runs.get(runId).put(result.key(), new StagedItem(runId, item.key(), item.ref(), item.fields(), result.status(),
                        result.stage(), result.violations(), result.resultRef(), result.changes()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public ItemCounts count(long runId) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        runs.getOrDefault(runId, new ConcurrentSkipListMap<>()).values().forEach(item -> counts.merge(item.status(), 1L, Long::sum));
        return new ItemCounts(counts);
    }

    @Override
    public List<String> refs(long runId, Set<ItemStatus> statuses, @Nullable String after, int limit) {
        return runs.getOrDefault(runId, new ConcurrentSkipListMap<>()).values().stream()
                .filter(item -> statuses.isEmpty() || statuses.contains(item.status()))
                .map(StagedItem::ref).filter(ref -> ref != null && (after == null || ref.compareTo(after) > 0))
                .distinct().sorted().limit(limit).toList();
    }

    @Override
    public List<StagedItem> itemsOf(long runId, String ref, Set<ItemStatus> statuses, int limit) {
        return runs.getOrDefault(runId, new ConcurrentSkipListMap<>()).values().stream()
                .filter(item -> ref.equals(item.ref()) && (statuses.isEmpty() || statuses.contains(item.status())))
                .limit(limit).toList();
    }

    public StagedItem item(long runId, long key) {
        return runs.get(runId).get(key);
    }
}
