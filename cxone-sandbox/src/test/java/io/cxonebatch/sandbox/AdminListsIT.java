package io.cxonebatch.sandbox;

import static io.cxonebatch.sandbox.AdminClient.V30;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Call lists, DNC groups and dialer-contact reports. */
class AdminListsIT {

    private static CxoneSandbox sandbox;
    private static AdminClient client;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ZERO).uploadJobDuration(Duration.ofMillis(300))
                .businessUnitZone(java.time.ZoneOffset.UTC)
                .adminCallList("Big", 20_000).dncGroups(2, 500).start();
        client = AdminClient.connect(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void anUploadIsAJobWhoseRecordsAreListedOnceItIsComplete() throws InterruptedException {
        int skill = client.createOutboundSkill("Listed");
        Reply created = client.post(V30 + "/lists/call-lists?listName=Uploaded&externalIdColumn=Id",
                "{\"destinationMappings\":[{\"fieldName\":\"PhoneNumber\",\"fieldValue\":\"Phone\"}]}");
        assertThat(created.status()).isEqualTo(200);
        int listId = created.json().path("listId").asInt();
        String csv = "Id,Phone,Name\r\nc1,2125550101,Ana\r\nc2,2125550102,\"Ben, Jr\"\r\n,2125550103,Nobody\r\nc4,12,Short\r\n";
        String upload = "{\"listFile\":\"" + Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))
                + "\",\"fileName\":\"u.csv\",\"skillId\":" + skill + ",\"forceOverwrite\":true,\"expirationDate\":\"2030-01-01\","
                + "\"startSkill\":false,\"sendEmail\":false}";

        assertThat(client.post(V30 + "/lists/call-lists/" + listId + "/upload", upload.replace("\"sendEmail\":false", "\"x\":1")).status())
                .isEqualTo(400);
        Reply job = client.post(V30 + "/lists/call-lists/" + listId + "/upload", upload);
        assertThat(job.status()).isEqualTo(200);
        String jobId = job.text("jobId");
        assertThat(client.get(V30 + "/lists/call-lists/jobs/" + jobId).json().path("uploadJobs").get(0).path("isComplete").asBoolean())
                .isFalse();
        assertThat(sandbox.adminInspect().callListRecordCount(listId)).isZero();

        Thread.sleep(400);

        assertThat(client.get(V30 + "/lists/call-lists/jobs/" + jobId).json().path("uploadJobs").get(0).path("isComplete").asBoolean())
                .isTrue();
        JsonNode list = client.get(V30 + "/lists/call-lists/" + listId + "?includeRecords=true").json().path("resultSet");
        assertThat(list.path("validRecords").asInt()).isEqualTo(2);
        assertThat(list.path("invalidRecords").asInt()).isEqualTo(2);
        assertThat(list.path("contactRecords")).extracting(row -> row.path("Name").asString()).containsExactly("Ana", "Ben, Jr");
        assertThat(sandbox.adminInspect().callListRecordCount(listId)).isEqualTo(2);
        assertThat(sandbox.adminInspect().skill("Listed").orElseThrow().running()).isFalse();
    }

    @Test
    void aSeededListDownloadsWholeAndTheSameOnEveryCall() {
        Reply first = client.get(V30 + "/lists/call-lists/1?includeRecords=true");
        Reply second = client.get(V30 + "/lists/call-lists/1?includeRecords=true");

        JsonNode records = first.json().path("resultSet").path("contactRecords");
        assertThat(records).hasSize(20_000);
        assertThat(records.get(19_999).path("ExternalId").asString()).isNotBlank();
        assertThat(second.json().path("resultSet").path("contactRecords").equals(records)).as("same records on every call").isTrue();
        assertThat(client.get(V30 + "/lists/call-lists/1").json().path("resultSet").path("contactRecords")).isEmpty();
    }

    @Test
    void dncRecordsAreAddedAsIntegersExpiredAsStringsAndListedWhole() {
        String path = V30 + "/dnc-groups/2/records";
        JsonNode seeded = client.get(path).json().path("resultSet");
        assertThat(seeded.path("totalRecords").asLong()).isEqualTo(500);
        assertThat(seeded.path("dncRecords")).hasSize(500);
        String existing = seeded.path("dncRecords").get(7).path("phoneNumber").asString();

        Reply added = client.post(path, "{\"dncGroupRecords\":[{\"phoneNumber\":3125550199},{\"phoneNumber\":\"3125550198\"},"
                + "{\"phoneNumber\":" + existing + "}]}");
        assertThat(added.json().path("resultSet").path("errorCount").asInt()).isEqualTo(2);
        Reply expired = client.delete(path, "{\"dncGroupRecords\":[{\"phoneNumber\":\"" + existing + "\"},{\"phoneNumber\":3125550199}]}");
        assertThat(expired.json().path("errorCount").asInt()).isEqualTo(1);
        assertThat(expired.json().has("resultSet")).isFalse();

        assertThat(sandbox.adminInspect().dncRecordCount(2)).isEqualTo(500);
        assertThat(client.get(path + "?skip=0&top=100").json().path("resultSet").path("dncRecords")).hasSize(500);
        assertThat(client.post(V30 + "/dnc-groups/search?phoneNumber=3125550199", "").json().path("searchResults"))
                .singleElement().satisfies(row -> assertThat(row.path("dncGroupId").asInt()).isEqualTo(2));
        assertThat(client.post(V30 + "/dnc-groups/search?phoneNumber=" + existing, "").json().path("searchResults")).isEmpty();
        assertThat(client.get(V30 + "/dnc-groups").json().path("resultSet").path("dncGroups").get(1).path("validRecords").isString()).isTrue();
    }

    @Test
    void dialerContactsAreDeterministicIntervalsInsideTheSkillsScheduleWindow() throws InterruptedException {
        int id = client.createOutboundSkill("Reported");
        String path = V30 + "/wfm-data/skills/dialer-contacts?startDate=2024-09-16T00:00:00Z&endDate=2024-09-17T00:00:00Z&mediaTypeId=4";

        JsonNode rows = client.get(path).json().path("wfM_OB_StatsV9");
        JsonNode again = client.get(path).json().path("wfM_OB_StatsV9");

        assertThat(rows).isNotEmpty().isEqualTo(again);
        assertThat(rows.values()).filteredOn(row -> row.path("skillId").asInt() == id).hasSize(13 * 4)
                .allSatisfy(row -> assertThat(row.path("intervalStartDate").asString()).isBetween("2024-09-16T08:00", "2024-09-16T20:45:00Z"));
        assertThat(client.get(path.replace("&mediaTypeId=4", "")).status()).isEqualTo(400);
    }
}
