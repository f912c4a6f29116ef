package io.cxonebatch.application.port.out.plan;

import java.util.EnumMap;
import java.util.Map;

/** How many rows of a run are in each status. */
public record PlanRowCounts(Map<PlanRowStatus, Long> byStatus) {

    public PlanRowCounts {
        EnumMap<PlanRowStatus, Long> complete = new EnumMap<>(PlanRowStatus.class);
        for (PlanRowStatus status : PlanRowStatus.values()) {
            complete.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Map.copyOf(complete);
    }

    public long of(PlanRowStatus status) {
        return byStatus.get(status);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
