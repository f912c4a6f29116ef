package io.cxonebatch.application.kit;

import java.util.EnumMap;
import java.util.Map;

/** How many items of a run are in each status; a status no item has counts 0. */
public record ItemCounts(Map<ItemStatus, Long> byStatus) {

    public ItemCounts {
        EnumMap<ItemStatus, Long> complete = new EnumMap<>(ItemStatus.class);
        for (ItemStatus status : ItemStatus.values()) {
            complete.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Map.copyOf(complete);
    }

    public long of(ItemStatus status) {
        return byStatus.get(status);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
