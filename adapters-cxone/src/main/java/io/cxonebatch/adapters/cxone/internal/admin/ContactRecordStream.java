package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of a call-list download, parsed one at a time as the body arrives (cxone-admin-api.md §6.4): only the
 * record being read is ever held, never the body. The records sit in {@code contactRecords}, inside {@code resultSet}
 * as the document shows it, or at the top level; every other field is skipped unread. Parser messages may quote the
 * body, so failures name only their kind and how many records were read.
 */
final class ContactRecordStream implements AutoCloseable {

    static final String RECORDS = "contactRecords";

    private final JsonParser parser;
    /** Reads one record from where the parser stands; the rest of the body is no trailing content to refuse. */
    private final ObjectReader record;
    private final AdminEndpoint endpoint;
    private long read;
    private boolean done;

    private ContactRecordStream(JsonParser parser, JsonMapper mapper, AdminEndpoint endpoint) {
        this.parser = parser;
        this.record = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.endpoint = endpoint;
    }

    /** Reads the body up to the first record; a body without {@code contactRecords} has none. */
    static ContactRecordStream open(InputStream body, JsonMapper mapper, AdminEndpoint endpoint) {
        ContactRecordStream stream = new ContactRecordStream(mapper.createParser(body), mapper, endpoint);
        try {
            stream.done = !stream.seekRecords();
            return stream;
        } catch (JacksonException unreadable) {
            stream.close();
            throw stream.broken(unreadable);
        } catch (RuntimeException failure) {
            stream.close();
            throw failure;
        }
    }

    /** The next record as sent, or null after the last. */
    @Nullable JsonNode next() {
        if (done) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                done = true;
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new CxoneUnavailableException(endpoint.operation(), 200, "record " + (read + 1) + " of the download is no object", null);
            }
            JsonNode next = record.readValue(parser);
            read++;
            return next;
        } catch (JacksonException unreadable) {
            throw broken(unreadable);
        }
    }

    @Override
    public void close() {
        done = true;
        parser.close();
    }

    private boolean seekRecords() {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new CxoneUnavailableException(endpoint.operation(), 200, "the download is no JSON object", null);
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new CxoneUnavailableException(endpoint.operation(), 200, "the download ended inside its JSON", null);
            }
            if (token == JsonToken.END_OBJECT) {
                depth--;
                continue;
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (RECORDS.equals(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            if (depth == 1 && "resultSet".equals(name) && value == JsonToken.START_OBJECT) {
                depth++;
            } else {
                parser.skipChildren();
            }
        }
        return false;
    }

    private CxoneUnavailableException broken(JacksonException unreadable) {
        return new CxoneUnavailableException(endpoint.operation(), 200, "the download broke off after " + read + " records ("
                + unreadable.getClass().getSimpleName() + ")", null);
    }
}
