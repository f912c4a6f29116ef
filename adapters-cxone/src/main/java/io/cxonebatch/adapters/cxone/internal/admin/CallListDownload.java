package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Response;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One open download of a call list, read a page at a time, and how many of its records were handed out. It reads
 * one record ahead, so that a page that ends the list knows it is the last.
 */
final class CallListDownload implements AutoCloseable {

    private final Response response;
    private final ContactRecordStream records;
    private long handedOut;
    private @Nullable JsonNode ahead;

    private CallListDownload(Response response, ContactRecordStream records) {
        this.response = response;
        this.records = records;
    }

    /** Takes over an open 2xx response; closes it when its body cannot be read. */
    static CallListDownload of(Response response, JsonMapper mapper) {
        try {
            return new CallListDownload(response, ContactRecordStream.open(response.body().asInputStream(), mapper,
                    AdminEndpoint.DOWNLOAD_CALL_LIST));
        } catch (IOException unreadable) {
            response.close();
            throw new CxoneUnavailableException(AdminEndpoint.DOWNLOAD_CALL_LIST.operation(), response.status(),
                    "the download could not be read (" + unreadable.getClass().getSimpleName() + ")", null);
        } catch (RuntimeException failure) {
            response.close();
            throw failure;
        }
    }

    long handedOut() {
        return handedOut;
    }

    /** Reads past {@code count} records unmapped; fewer when the list ends first. */
    void skip(long count) {
        while (handedOut < count && next() != null) {
            handedOut++;
        }
    }

    /** Up to {@code size} contacts, in the list's order. */
    List<ContactRecord> page(int size) {
        List<ContactRecord> page = new ArrayList<>(size);
        JsonNode record;
        while (page.size() < size && (record = next()) != null) {
            page.add(ContactRecordMapping.toContact(record, handedOut + 1, AdminEndpoint.DOWNLOAD_CALL_LIST));
            handedOut++;
        }
        return page;
    }

    boolean hasMore() {
        if (ahead == null) {
            ahead = records.next();
        }
        return ahead != null;
    }

    @Override
    public void close() {
        records.close();
        response.close();
    }

    private @Nullable JsonNode next() {
        JsonNode record = ahead != null ? ahead : records.next();
        ahead = null;
        return record;
    }
}
