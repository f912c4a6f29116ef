package io.cxonebatch.application.adherence.port.in;

import io.cxonebatch.application.kit.PageCursor;
import org.jspecify.annotations.Nullable;

/**
 * What one page of campaigns gave.
 *
 * @param read campaigns whose analytics were read
 * @param next the cursor of the next page; null after the last
 */
public record Computed(long read, @Nullable PageCursor next) {
}
