package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/**
 * One contact of a contact list, with its phone number exactly as the list holds it (not yet normalised).
 */
public record ContactRecord(String contactId, @Nullable String rawPhoneNumber, @Nullable String region) {
}
