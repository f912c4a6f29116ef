package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A call-list record as a contact. The document cannot show a record's fields (cxone-admin-api.md §6.4, depth
 * truncation), so the names are taken from what it does show, case ignored: the id from {@code externalId} (every
 * record has one, §6.1; the sandbox sends {@code ExternalId}) or {@code contactId}; the number from
 * {@code phoneNumber} (the destination field name {@code PhoneNumber}, §6.1) or {@code phone}; the region from
 * {@code region}, which no source names, so it is usually absent.
 */
final class ContactRecordMapping {

    private static final Set<String> IDS = Set.of("externalid", "contactid");
    private static final Set<String> PHONES = Set.of("phonenumber", "phone");
    private static final Set<String> REGIONS = Set.of("region");

    private ContactRecordMapping() {
    }

    /**
     * @param position the record's place in the list, from 1, to name it in a failure without its number
     * @throws CxoneUnavailableException when the record has no id: a contact that cannot be named cannot be checked
     */
    static ContactRecord toContact(JsonNode record, long position, AdminEndpoint endpoint) {
        String id = first(record, IDS);
        if (id == null) {
            throw new CxoneUnavailableException(endpoint.operation(), 200, "record " + position
                    + " of the list has no externalId or contactId", null);
        }
        return new ContactRecord(id, first(record, PHONES), first(record, REGIONS));
    }

    private static @Nullable String first(JsonNode record, Set<String> names) {
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            if (names.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                String value = AdminJson.text(record, field.getKey());
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
