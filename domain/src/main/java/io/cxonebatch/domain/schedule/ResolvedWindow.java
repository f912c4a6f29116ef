package io.cxonebatch.domain.schedule;

import java.util.List;

/**
 * A schedule window built from local times, with every daylight-saving adjustment made on the way (empty when
 * the local times were unambiguous).
 */
public record ResolvedWindow(ScheduleWindow window, List<DstAdjustment> adjustments) {

    public ResolvedWindow {
        if (window == null) {
            throw new IllegalArgumentException("a resolved window needs a window");
        }
        adjustments = List.copyOf(adjustments);
    }

    public boolean wasAdjusted() {
        return !adjustments.isEmpty();
    }
}
