package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/**
 * One do-not-call entry, with its phone number exactly as CXone holds it (not yet normalised).
 *
 * @param entryId CXone's id for it; null when CXone served it without one (it suppresses its number all the same)
 */
public record SuppressionRecord(@Nullable String entryId, @Nullable String rawPhoneNumber, @Nullable String reason) {
}
