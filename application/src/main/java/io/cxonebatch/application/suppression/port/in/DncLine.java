package io.cxonebatch.application.suppression.port.in;

import org.jspecify.annotations.Nullable;

/**
 * One row of a do-not-call file as read.
 *
 * @param line the line it starts on (the header is line 1)
 * @param phoneNumber the number as written, in any common format; null when the cell was blank
 * @param source the row's {@code source} column; null when the file has none or it was blank
 * @param reason the row's {@code reason} column; null when absent
 */
public record DncLine(long line, @Nullable String phoneNumber, @Nullable String source, @Nullable String reason) {
}
