package io.cxonebatch.sandbox;

import static io.cxonebatch.sandbox.AdminClient.V30;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminStateAndLimitIT {

    @TempDir
    Path directory;

    @Test
    void adminCallsCountAgainstTheSameRateLimitAsTheContractsAndAre429WithoutRetryAfter() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().faults(FaultSettings.none().rateLimitPerMinute(3)).start()) {
            SandboxClient v2 = SandboxClient.connect(sandbox);
            AdminClient admin = AdminClient.connect(sandbox);
            assertThat(v2.get("/api/v2/campaigns").status()).isEqualTo(200);
            assertThat(admin.get(V30 + "/skills").status()).isEqualTo(200);
            assertThat(admin.get(V30 + "/campaigns").status()).isEqualTo(200);

            Reply limited = admin.get(V30 + "/skills");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.text("error")).isEqualTo("TooManyRequests");
            assertThat(limited.header("Retry-After")).isNull();
            assertThat(v2.get("/api/v2/campaigns").status()).isEqualTo(429);
            assertThat(sandbox.adminInspect().requestCount("GET", V30 + "/skills", 429)).isEqualTo(1);
            assertThat(sandbox.inspect().requestCount("GET", V30 + "/skills")).isZero();
        }
    }

    @Test
    void skillsSettingsAgentsAndListsSurviveARestartWithTheStateFile() throws InterruptedException {
        Path file = directory.resolve("state.json");
        int id;
        try (CxoneSandbox first = CxoneSandbox.builder().stateFile(file).skillListingDelay(Duration.ZERO).start()) {
            AdminClient client = AdminClient.connect(first);
            id = client.createOutboundSkill("Kept skill");
            client.put(V30 + "/skills/" + id + "/parameters/general-settings", "{\"generalSettings\":{\"maximumRatio\":2}}");
            client.put(V30 + "/skills/" + id + "/parameters/delivery-preferences",
                    "{\"deliveryPreferences\":{\"showPreviewButtonSnooze\":true,\"complianceRecordsTimeout\":30}}");
            client.post(V30 + "/skills/" + id + "/agents", "{\"agents\":[{\"agentId\":\"1003\",\"proficiency\":4}]}");
            client.post(V30 + "/skills/" + id + "/start", "");
            client.post(V30 + "/dnc-groups/1/records", "{\"dncGroupRecords\":[{\"phoneNumber\":3125550111}]}");
            SandboxClient.connect(first).createCampaign("Kept campaign", "PREDICTIVE");
        }

        try (CxoneSandbox second = CxoneSandbox.builder().stateFile(file).skillListingDelay(Duration.ZERO).start()) {
            AdminClient client = AdminClient.connect(second);
            AdminSkill kept = second.adminInspect().skill("Kept skill").orElseThrow();

            assertThat(kept.skillId()).isEqualTo(id);
            assertThat(kept.running()).isTrue();
            assertThat(kept.generalSettings()).containsEntry("maximumRatio", 2);
            assertThat(kept.deliveryPreferences()).containsEntry("showPreviewButtonSnooze", true)
                    .containsEntry("complianceRecordsTimeout", 30).containsEntry("showPreviewButtonRequeue", false);
            assertThat(client.get(V30 + "/skills/" + id + "/parameters/delivery-preferences").json()
                    .path("showPreviewButtonSnooze").asBoolean()).isTrue();
            assertThat(kept.agents()).containsExactly(new AdminSkillAgent(1003, 4, true));
            assertThat(second.adminInspect().dncRecordCount(1)).isEqualTo(1_001);
            assertThat(client.post(V30 + "/skills", "{\"skills\":[" + AdminClient.outboundSkill("Kept skill") + "]}")
                    .json().path("errorCount").asInt()).isEqualTo(1);
            assertThat(client.createOutboundSkill("New skill")).isGreaterThan(id);
            assertThat(second.inspect().campaigns()).extracting(SandboxCampaign::name).containsExactly("Kept campaign");
        }
    }

    @Test
    void aStateFileWithoutAnAdminSectionStartsTheAdminDialectFromItsSeeds() throws IOException {
        Path file = directory.resolve("old.json");
        Files.writeString(file, """
                {"format":1,"sequences":{"campaign":0,"rule":0,"webhook":0,"assignment":0},
                 "campaigns":[],"dialerRules":[],"webhooks":[],"assignments":[]}
                """);

        try (CxoneSandbox sandbox = CxoneSandbox.builder().stateFile(file).start()) {
            assertThat(sandbox.adminInspect().skills()).isEmpty();
            assertThat(sandbox.adminInspect().dncRecordCount(1)).isEqualTo(1_000);
            assertThat(AdminClient.connect(sandbox).get(V30 + "/lists/call-lists").json().path("callingLists"))
                    .extracting(list -> list.path("listName").asString())
                    .containsExactly("Seeded prospects", "list_east", "list_west", "list_central", "list_preview");
        }
    }
}
