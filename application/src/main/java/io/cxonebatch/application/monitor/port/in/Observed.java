package io.cxonebatch.application.monitor.port.in;

import io.cxonebatch.application.kit.PageCursor;
import org.jspecify.annotations.Nullable;

/**
 * What one page of a step observed.
 *
 * @param read campaigns whose status was read
 * @param events transitions, anomalies, missing campaigns and overdue activations recorded
 * @param overdue of those, activations flagged overdue (for the metric)
 * @param next the cursor of the next page; null after the last
 */
public record Observed(long read, long events, long overdue, @Nullable PageCursor next) {
}
