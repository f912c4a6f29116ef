package io.cxonebatch.sandbox.internal;

import org.jspecify.annotations.Nullable;

/**
 * One row of a contact list.
 *
 * @param phoneNumber as typed, possibly unparseable
 * @param e164 what {@code phoneNumber} normalises to, null when it cannot be parsed
 * @param national the ten digits behind the row, also when {@code phoneNumber} hides them
 * @param format the index of {@link PhoneFormats#format}, -1 when unparseable
 */
public record GeneratedContact(
        String id, String phoneNumber, @Nullable String e164, long national, int format, String firstName, String lastName, String region) {
}
