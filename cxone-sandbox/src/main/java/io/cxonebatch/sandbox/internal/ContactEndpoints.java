package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.SandboxContactList;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The two generated, paged listings: {@code GET /api/v2/outbound/contactlists/{listId}/contacts} and
 * {@code GET /api/v2/outbound/suppressions}, both {@code {"entity":[...],"nextPageUri"}}. Pages are streamed
 * straight from the generator into the response bytes.
 */
public final class ContactEndpoints {

    private final PhoneBook phoneBook;
    private final Map<String, SandboxContactList> lists;
    private final FaultSettings faults;

    public ContactEndpoints(PhoneBook phoneBook, Map<String, SandboxContactList> lists, FaultSettings faults) {
        this.phoneBook = phoneBook;
        this.lists = Map.copyOf(lists);
        this.faults = faults;
    }

    public ApiResponse contacts(ApiRequest request) {
        String listId = request.pathVariable("listId");
        SandboxContactList list = lists.get(listId);
        if (list == null) {
            throw new RequestRejectedException(404, "contact list " + listId + " not found");
        }
        PageRequest page = PageRequest.of(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.rowsOf(list.size()) * 160 + 128);
        try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayPropertyStart("entity");
            long offset = page.offset();
            for (int i = 0; i < page.rowsOf(list.size()); i++) {
                GeneratedContact contact = phoneBook.contact(list, offset + i);
                json.writeStartObject();
                json.writeStringProperty("id", contact.id());
                json.writeObjectPropertyStart("fields");
                json.writeStringProperty("phoneNumber", contact.phoneNumber());
                json.writeStringProperty("region", contact.region());
                json.writeStringProperty("firstName", contact.firstName());
                json.writeStringProperty("lastName", contact.lastName());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            writeNext(json, page.nextPageUri(request, list.size(), faults.absoluteNextPageUris(), Map.of()));
            json.writeEndObject();
        }
        return ApiResponse.rawJson(200, out.toByteArray());
    }

    public ApiResponse suppressions(ApiRequest request) {
        PageRequest page = PageRequest.of(request);
        long total = phoneBook.suppressionCount();
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.rowsOf(total) * 100 + 128);
        try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayPropertyStart("entity");
            long offset = page.offset();
            for (int i = 0; i < page.rowsOf(total); i++) {
                GeneratedSuppression entry = phoneBook.suppression(offset + i);
                json.writeStartObject();
                json.writeStringProperty("id", entry.id());
                json.writeStringProperty("phoneNumber", entry.phoneNumber());
                json.writeStringProperty("reason", entry.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeNext(json, page.nextPageUri(request, total, faults.absoluteNextPageUris(), Map.of()));
            json.writeEndObject();
        }
        return ApiResponse.rawJson(200, out.toByteArray());
    }

    private static void writeNext(JsonGenerator json, @Nullable String nextPageUri) {
        if (nextPageUri == null) {
            json.writeNullProperty("nextPageUri");
        } else {
            json.writeStringProperty("nextPageUri", nextPageUri);
        }
    }
}
