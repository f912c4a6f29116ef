package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Any page of a generated list costs what the first does: rows are computed on their own from the seed, so a deep
 * page never generates the rows before it and the sandbox holds nothing per row, however long the list.
 */
class LargeListIT {

    @Test
    void page999OfAMillionRowListIsAsQuickAsPage1() {
        try (CxoneSandbox big = CxoneSandbox.builder().contactList("list_million", 1_000_000, "NA-EAST", "NA-WEST")
                .suppressionCount(1_000_000).suppressionMatchStride(20).start()) {
            SandboxClient client = SandboxClient.connect(big);
            String contacts = "/api/v2/outbound/contactlists/list_million/contacts?limit=1000&page=";
            String suppressions = "/api/v2/outbound/suppressions?limit=1000&page=";

            long firstContacts = medianNanos(client, contacts + 1);
            long deepContacts = medianNanos(client, contacts + 999);
            long firstSuppressions = medianNanos(client, suppressions + 1);
            long deepSuppressions = medianNanos(client, suppressions + 999);

            assertThat(deepContacts).as("median ns of page 999 against page 1 (%d)", firstContacts).isLessThan(firstContacts * 3 + 5_000_000L);
            assertThat(deepSuppressions).as("median ns of page 999 against page 1 (%d)", firstSuppressions)
                    .isLessThan(firstSuppressions * 3 + 5_000_000L);
            JsonNode page = client.get(contacts + 999).json().path("entity");
            assertThat(page.get(0).path("id").asString()).isEqualTo("list_million-998001");
            assertThat(page.get(999).path("id").asString()).isEqualTo("list_million-999000");
        }
    }

    @Test
    void aTrillionRowListServesAPageNearItsEndAtOnce() {
        long size = 1_000_000_000_000L;
        try (CxoneSandbox vast = CxoneSandbox.builder().contactList("list_trillion", size, "NA-CENTRAL")
                .suppressionCount(size).start()) {
            SandboxClient client = SandboxClient.connect(vast);
            long started = System.nanoTime();

            Reply last = client.get("/api/v2/outbound/contactlists/list_trillion/contacts?limit=1000&page=" + size / 1000);
            Reply deepSuppressions = client.get("/api/v2/outbound/suppressions?limit=1000&page=" + (size / 1000 - 1));

            assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
            assertThat(last.json().path("entity").get(999).path("id").asString()).isEqualTo("list_trillion-" + size);
            assertThat(last.json().path("nextPageUri").isNull()).isTrue();
            assertThat(deepSuppressions.json().path("entity").values()).hasSize(1000);
        }
    }

    private static long medianNanos(SandboxClient client, String path) {
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            client.get(path);
        }
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            assertThat(client.get(path).status()).isEqualTo(200);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2];
    }
}
