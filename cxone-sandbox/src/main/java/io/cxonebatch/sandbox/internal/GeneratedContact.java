package io.cxonebatch.sandbox.internal;

import org.jspecify.annotations.Nullable;

/**
 * One row of a contact list.
 *
 * @param phoneNumber as typed, possibly unparseable
 * @param e164 what {@code phoneNumber} normalises to, null when it cannot be parsed
 * @param plan the numbering plan of {@code national}
 * @param national the ten digits behind the row (after the country code), also when {@code phoneNumber} hides them
 * @param format the index of {@link NumberPlan#format}, -1 when unparseable
 * @param region this row's value of the {@code region} field
 */
public record GeneratedContact(String id, String phoneNumber, @Nullable String e164, NumberPlan plan, long national,
        int format, String firstName, String lastName, String region) {
}
