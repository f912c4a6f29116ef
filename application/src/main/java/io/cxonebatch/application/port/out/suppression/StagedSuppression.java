package io.cxonebatch.application.port.out.suppression;

import org.jspecify.annotations.Nullable;

/**
 * One do-not-call entry of one source, normalised.
 *
 * @param source where it came from: {@code cxone} for CXone's own list, else the file's {@code source} column or name
 * @param entryId the source's id for it (CXone's entry id, a file's line); null when it has none
 * @param e164 the number in E.164; null when it could not be parsed (counted, never matched)
 * @param reason why it is suppressed, as the source says; null when it does not
 */
public record StagedSuppression(String source, @Nullable String entryId, @Nullable String e164, @Nullable String reason) {
}
