package io.cxonebatch.sandbox.internal;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the suppression list.
 *
 * @param phoneNumber as typed, possibly unparseable
 * @param e164 what {@code phoneNumber} normalises to, null when it cannot be parsed
 */
public record GeneratedSuppression(String id, String phoneNumber, @Nullable String e164, String reason) {
}
