package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.internal.HttpWiring;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminContactStreamTest {

    private static final long TEN_MILLION = 10_000_000;

    @Test
    void aPageOfAHugeDownloadReadsOnlyTheBytesOfThatPage() {
        GeneratedDownload body = new GeneratedDownload(TEN_MILLION);
        try (ContactRecordStream records = ContactRecordStream.open(body, HttpWiring.jsonMapper(), AdminEndpoint.DOWNLOAD_CALL_LIST)) {
            for (int i = 0; i < 250; i++) {
                JsonNode record = records.next();
                assertThat(record).isNotNull();
                assertThat(record.get("ExternalId").asString()).isEqualTo("ext-" + i);
            }
        }
        // About 70 bytes a record: 250 of them and the parser's buffer, out of some 700 MB.
        assertThat(body.served).isLessThan(64 * 1024);
    }

    @Test
    void recordsAtTheTopLevelAreReadAndOtherFieldsAreSkippedWhereverTheyStand() {
        String json = "{\"totalRecords\":2,\"skills\":[{\"contactRecords\":[]}],\"contactRecords\":[{\"externalId\":\"a\"},"
                + "{\"externalId\":\"b\"}],\"after\":{\"x\":[1,2]}}";
        try (ContactRecordStream records = open(json)) {
            assertThat(records.next().get("externalId").asString()).isEqualTo("a");
            assertThat(records.next().get("externalId").asString()).isEqualTo("b");
            assertThat(records.next()).isNull();
        }
        try (ContactRecordStream none = open("{\"resultSet\":{\"listName\":\"empty\"}}")) {
            assertThat(none.next()).isNull();
        }
    }

    @Test
    void aDownloadThatBreaksOffFailsNamingHowFarItGotAndNothingOfItsContent() {
        try (ContactRecordStream records = open("{\"resultSet\":{\"contactRecords\":[{\"PhoneNumber\":\"2125550147\"},{\"Phone")) {
            records.next();
            Throwable broken = catchThrowable(records::next);
            assertThat(broken).isInstanceOf(CxoneUnavailableException.class).hasMessageContaining("after 1 records")
                    .hasMessageNotContaining("2125550147").hasMessageNotContaining("Phone");
        }
    }

    @Test
    void aRecordWithoutAnIdFailsWithoutItsNumberAndNamesOnlyItsPlace() {
        JsonNode record = HttpWiring.jsonMapper().readTree("{\"PhoneNumber\":\"+1 212 555 0147\",\"FirstName\":\"Ann\"}");

        Throwable failure = catchThrowable(() -> ContactRecordMapping.toContact(record, 17, AdminEndpoint.DOWNLOAD_CALL_LIST));

        assertThat(failure).isInstanceOf(CxoneUnavailableException.class).hasMessageContaining("record 17")
                .hasMessageNotContaining("555");
        JsonNode named = HttpWiring.jsonMapper().readTree("{\"EXTERNALID\":\"c-1\",\"phone\":2125550147,\"Region\":\"US\"}");
        assertThat(ContactRecordMapping.toContact(named, 1, AdminEndpoint.DOWNLOAD_CALL_LIST))
                .isEqualTo(new ContactRecord("c-1", "2125550147", "US"));
    }

    private static ContactRecordStream open(String json) {
        return ContactRecordStream.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), HttpWiring.jsonMapper(),
                AdminEndpoint.DOWNLOAD_CALL_LIST);
    }

    /** A download of generated records, written only as it is read, counting the bytes it served. */
    private static final class GeneratedDownload extends InputStream {

        private final long size;
        private long next;
        private byte[] chunk = "{\"resultSet\":{\"listName\":\"huge\",\"contactRecords\":[".getBytes(StandardCharsets.UTF_8);
        private int at;
        long served;

        GeneratedDownload(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (at == chunk.length && !refill()) {
                return -1;
            }
            served++;
            return chunk[at++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (at == chunk.length && !refill()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - at);
            System.arraycopy(chunk, at, buffer, offset, count);
            at += count;
            served += count;
            return count;
        }

        private boolean refill() {
            if (next > size) {
                return false;
            }
            String text = next == size ? "]}}" : (next == 0 ? "" : ",") + "{\"ExternalId\":\"ext-" + next
                    + "\",\"PhoneNumber\":\"2125550147\",\"FirstName\":\"F\"}";
            chunk = text.getBytes(StandardCharsets.UTF_8);
            at = 0;
            next++;
            return true;
        }
    }
}
