package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** One do-not-call entry, with its phone number exactly as CXone holds it (not yet normalised). */
public record SuppressionRecord(String entryId, @Nullable String rawPhoneNumber, @Nullable String reason) {
}
