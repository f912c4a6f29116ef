package io.cxonebatch.application.port.out.suppression;

import org.jspecify.annotations.Nullable;

/**
 * One contact of a contact list, normalised.
 *
 * @param e164 the contact's number in E.164; null when it could not be parsed, which makes the contact not eligible
 * @param region the contact's {@code fields.region}, for the run's demographic filter; null when it has none
 */
public record StagedContact(String listId, String contactId, @Nullable String e164, @Nullable String region) {
}
