package io.cxonebatch.application.suppression.port.in;

import io.cxonebatch.application.kit.PageCursor;
import org.jspecify.annotations.Nullable;

/**
 * One page read and staged.
 *
 * @param next where the next page starts; null after the last
 * @param read entries or contacts on the page
 * @param unparseable how many of them hold a number that cannot be parsed
 */
public record PageStaged(@Nullable PageCursor next, long read, long unparseable) {
}
