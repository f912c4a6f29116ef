package io.cxonebatch.sandbox;

import static io.cxonebatch.sandbox.AdminClient.V30;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Skill parameters (general settings, schedule, composite) and skill agents. */
class AdminSkillSetupIT {

    private static CxoneSandbox sandbox;
    private static AdminClient client;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ZERO).start();
        client = AdminClient.connect(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void generalSettingsAreWrittenWrappedAndReadFlatAndAPutReplacesTheWholeBlock() throws InterruptedException {
        int id = client.createOutboundSkill("General");
        String path = V30 + "/skills/" + id + "/parameters/general-settings";

        assertThat(client.put(path, "{\"maximumRatio\":3}").status()).isEqualTo(400);
        assertThat(client.put(path, "{\"generalSettings\":{\"maximumRatio\":3,\"aggressiveness\":\"7\"}}").status()).isEqualTo(200);
        client.put(path, "{\"generalSettings\":{\"abandonRateThreshold\":2}}");

        JsonNode read = client.get(path).json();
        assertThat(read.has("generalSettings")).isFalse();
        assertThat(read.path("abandonRateThreshold").asInt()).isEqualTo(2);
        assertThat(read.path("maximumRatio").asInt()).isEqualTo(1);
        assertThat(sandbox.adminInspect().skill("General").orElseThrow().generalSettings()).containsEntry("abandonRateThreshold", 2);
    }

    @Test
    void generalSettingsRefuseDecimalsPercentagesAbove100WrongTypesAndUnknownFields() throws InterruptedException {
        int id = client.createOutboundSkill("Validated");
        String path = V30 + "/skills/" + id + "/parameters/general-settings";

        for (String bad : new String[] {"{\"maximumRatio\":1.5}", "{\"abandonRateThreshold\":101}", "{\"maximumRatio\":-1}",
            "{\"aggressiveness\":5}", "{\"loadFresh\":\"yes\"}", "{\"maxRatio\":2}"}) {
            Reply refused = client.put(path, "{\"generalSettings\":" + bad + "}");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.text("error")).isEqualTo("InvalidParameter");
            assertThat(refused.text("errorDescription")).isNotBlank();
        }
        assertThat(client.put(path, "{\"generalSettings\":{\"abandonRateThreshold\":100,\"maximumRatio\":4}}").status()).isEqualTo(200);
    }

    @Test
    void aScheduleLackingAnyOfTheSevenActiveDaysIsABareInvalidParameter() throws InterruptedException {
        int id = client.createOutboundSkill("Scheduled");
        String path = V30 + "/skills/" + id + "/parameters/schedule-settings";
        String[] days = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

        StringBuilder weekdays = new StringBuilder("{\"scheduleSettings\":{\"isScheduled\":true");
        StringBuilder inactiveSunday = new StringBuilder(weekdays);
        StringBuilder zeroSaturday = new StringBuilder(weekdays);
        StringBuilder week = new StringBuilder(weekdays);
        for (String day : days) {
            week.append(day(day, "09:00", "17:00", true));
            inactiveSunday.append(day(day, "09:00", "17:00", !day.equals("sunday")));
            zeroSaturday.append(day(day, "09:00", day.equals("saturday") ? "09:00" : "17:00", true));
            if (!day.equals("sunday") && !day.equals("saturday")) {
                weekdays.append(day(day, "09:00", "17:00", true));
            }
        }
        for (StringBuilder bad : new StringBuilder[] {weekdays, inactiveSunday, zeroSaturday}) {
            Reply refused = client.put(path, bad.append("}}").toString());
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().properties()).hasSize(1);
            assertThat(refused.text("error")).isEqualTo("InvalidParameter");
        }

        assertThat(client.put(path, week.append("}}").toString()).status()).isEqualTo(200);
        JsonNode read = client.get(path).json();
        assertThat(read.path("mondayStartTime").asString()).isEqualTo("09:00");
        assertThat(read.path("sundayIsActive").asBoolean()).isTrue();
        JsonNode composite = client.get(V30 + "/skills/" + id + "/parameters").json();
        assertThat(composite.path("scheduleSettings").path("schedules")).hasSize(7);
        assertThat(composite.path("generalSettings").path("waitTimeFactor").isBoolean()).isTrue();
        assertThat(composite.path("generalSettings").path("aggressiveness").isNumber()).isTrue();
    }

    private static String day(String day, String start, String end, boolean active) {
        return ",\"" + day + "StartTime\":\"" + start + "\",\"" + day + "EndTime\":\"" + end + "\",\"" + day + "IsActive\":" + active;
    }

    @Test
    void skillAgentsAreAddedUpdatedAndRemovedItemByItemWithTheWrappedBody() throws InterruptedException {
        int id = client.createOutboundSkill("Staffed");
        String path = V30 + "/skills/" + id + "/agents";

        Reply added = client.post(path, "{\"agents\":[{\"agentId\":\"1001\",\"proficiency\":3},{\"agentId\":\"1002\"},"
                + "{\"agentId\":\"9999\"},{\"agentId\":1003}]}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("resultSet").path("errorCount").asInt()).isEqualTo(2);
        assertThat(client.post(path, "[{\"agentId\":\"1004\"}]").status()).isEqualTo(400);

        Reply again = client.post(path, "{\"agents\":[{\"agentId\":\"1001\"}]}");
        assertThat(again.json().path("resultSet").path("agentResults").get(0).path("success").asBoolean()).isFalse();
        Reply updated = client.put(path, "{\"agents\":[{\"agentId\":\"1002\",\"proficiency\":21},{\"agentId\":\"1001\",\"proficiency\":5},"
                + "{\"agentId\":\"1005\",\"proficiency\":2}]}");
        assertThat(updated.json().path("resultSet").path("errorCount").asInt()).isEqualTo(2);
        Reply removed = client.delete(path, "{\"agents\":[{\"agentId\":\"1002\"}]}");
        assertThat(removed.json().path("resultSet").path("errorCount").asInt()).isZero();

        assertThat(sandbox.adminInspect().skill("Staffed").orElseThrow().agents()).containsExactly(new AdminSkillAgent(1001, 5, true));
        JsonNode listed = client.get(path).json();
        assertThat(listed.path("totalRecords").asInt()).isEqualTo(1);
        assertThat(listed.path("agentSkillAssignments").get(0).path("agentProficiencyValue").asInt()).isEqualTo(5);
    }
}
