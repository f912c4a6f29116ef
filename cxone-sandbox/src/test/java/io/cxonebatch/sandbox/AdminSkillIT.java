package io.cxonebatch.sandbox;

import static io.cxonebatch.sandbox.AdminClient.V30;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminSkillIT {

    @Test
    void aBatchWithOneBadItemAnswers200WithThatItemFailedAndNoIdForTheCreatedOne() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ZERO).start()) {
            AdminClient client = AdminClient.connect(sandbox);

            Reply reply = client.post(V30 + "/skills", "{\"skills\":[" + AdminClient.outboundSkill("Good")
                    + ",{\"skillName\":\"No campaign\",\"mediaTypeId\":4,\"isOutbound\":true,\"outboundStrategy\":\"Personal Connection\"}]}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("errorCount").asInt()).isEqualTo(1);
            JsonNode results = reply.json().path("skillsResults");
            assertThat(results.get(0).path("success").asBoolean()).isTrue();
            assertThat(results.get(0).has("skillId")).isFalse();
            assertThat(results.get(1).path("success").asBoolean()).isFalse();
            assertThat(results.get(1).path("error").asString()).contains("campaignId");
            assertThat(sandbox.adminInspect().skills()).extracting(AdminSkill::skillName).containsExactly("Good");
            assertThat(sandbox.adminInspect().skill("good").orElseThrow().running()).isFalse();
        }
    }

    @Test
    void aTakenNameUnknownCampaignOrBadMediaTypeFailsItsItemOnly() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            AdminClient client = AdminClient.connect(sandbox);
            client.post(V30 + "/skills", "{\"skills\":[" + AdminClient.outboundSkill("Taken") + "]}");

            Reply reply = client.post(V30 + "/skills", "{\"skills\":[" + AdminClient.outboundSkill("TAKEN")
                    + ",{\"skillName\":\"Bad campaign\",\"mediaTypeId\":4,\"isOutbound\":true,\"outboundStrategy\":\"Personal Connection\",\"campaignId\":9}"
                    + ",{\"skillName\":\"Bad media\",\"mediaTypeId\":2,\"campaignId\":101}"
                    + "," + AdminClient.outboundSkill("Fresh") + "]}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("errorCount").asInt()).isEqualTo(3);
            assertThat(reply.json().path("skillsResults").get(0).path("error").asString()).contains("already exists");
            assertThat(reply.json().path("skillsResults").get(3).path("success").asBoolean()).isTrue();
            assertThat(sandbox.adminInspect().skillCreationAttempts()).containsEntry("Taken", 1).containsEntry("TAKEN", 1);
            assertThat(sandbox.adminInspect().skills()).extracting(AdminSkill::skillName).containsExactly("Taken", "Fresh");
        }
    }

    @Test
    void aNewSkillIsListedOnlyAfterTheListingDelayButCanBeReadByIdAtOnce() throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ofMillis(600)).start()) {
            AdminClient client = AdminClient.connect(sandbox);
            client.post(V30 + "/skills", "{\"skills\":[" + AdminClient.outboundSkill("Lagging") + "]}");
            int id = sandbox.adminInspect().skill("Lagging").orElseThrow().skillId();

            assertThat(AdminClient.rows(client.get(V30 + "/skills"))).isEmpty();
            Reply byId = client.get(V30 + "/skills/" + id);
            assertThat(byId.text("skillName")).isEqualTo("Lagging");
            assertThat(byId.json().has("isRunning")).isFalse();
            assertThat(byId.json().has("skills")).isFalse();

            Thread.sleep(700);

            assertThat(AdminClient.rows(client.get(V30 + "/skills"))).extracting(row -> row.path("skillId").asInt()).containsExactly(id);
        }
    }

    @Test
    void pagesBySkipAndTopWithTotalRecordsSometimesAStringAndSometimesInsideResultSet() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ZERO).start()) {
            AdminClient client = AdminClient.connect(sandbox);
            StringBuilder batch = new StringBuilder("{\"skills\":[");
            for (int i = 0; i < 5; i++) {
                batch.append(i == 0 ? "" : ",").append(AdminClient.outboundSkill("Paged " + i));
            }
            client.post(V30 + "/skills", batch.append("]}").toString());

            List<String> names = new ArrayList<>();
            Set<Boolean> totalIsText = new HashSet<>();
            Set<Boolean> wrapped = new HashSet<>();
            for (int skip = 0; skip < 6; skip += 2) {
                Reply page = client.get(V30 + "/skills?skip=" + skip + "&top=2");
                AdminClient.rows(page).forEach(row -> names.add(row.path("skillName").asString()));
                JsonNode total = AdminClient.totalRecords(page);
                assertThat(Long.parseLong(total.asString())).isEqualTo(5);
                totalIsText.add(total.isString());
                wrapped.add(page.json().has("resultSet"));
            }

            assertThat(names).containsExactly("Paged 0", "Paged 1", "Paged 2", "Paged 3", "Paged 4");
            assertThat(totalIsText).containsExactlyInAnyOrder(true, false);
            assertThat(wrapped).containsExactlyInAnyOrder(true, false);
            assertThat(AdminClient.rows(client.get(V30 + "/skills?top=500"))).hasSize(5);
            assertThat(sandbox.adminInspect().requestCount("GET", V30 + "/skills")).isEqualTo(4);
        }
    }

    @Test
    void startAndStopSetIsRunningWhichIsAbsentWhenNotRunning() throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ZERO).start()) {
            AdminClient client = AdminClient.connect(sandbox);
            int id = client.createOutboundSkill("Dialer");

            assertThat(client.post(V30 + "/skills/" + id + "/start", "").status()).isEqualTo(202);
            assertThat(client.get(V30 + "/skills/" + id).json().path("isRunning").asBoolean()).isTrue();
            assertThat(sandbox.adminInspect().skill("Dialer").orElseThrow().running()).isTrue();

            assertThat(client.post(V30 + "/skills/" + id + "/stop", "").status()).isEqualTo(400);
            assertThat(client.post(V30 + "/skills/" + id + "/stop?force=false", "").status()).isEqualTo(202);
            assertThat(client.get(V30 + "/skills/" + id).json().has("isRunning")).isFalse();
            assertThat(client.post(V30 + "/skills/999/start", "").status()).isEqualTo(404);
        }
    }

    @Test
    void anUpdateNeedsTheSkillWrapper() throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ZERO).start()) {
            AdminClient client = AdminClient.connect(sandbox);
            int id = client.createOutboundSkill("Before");

            assertThat(client.put(V30 + "/skills/" + id, "{\"skillName\":\"Flat\"}").status()).isEqualTo(400);
            Reply updated = client.put(V30 + "/skills/" + id, "{\"skill\":{\"skillName\":\"After\",\"campaignId\":102}}");

            assertThat(updated.status()).isEqualTo(200);
            assertThat(updated.json().path("skillId").asInt()).isEqualTo(id);
            assertThat(client.get(V30 + "/skills/" + id).text("campaignName")).isEqualTo("Outbound Sales");
            assertThat(sandbox.adminInspect().skill("After")).isPresent();
        }
    }

    @Test
    void campaignsAreTheSeededReportingGroupsWithTheFieldNamesOfTheVersion() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().reportingCampaign(7, "Q3 Outreach").start()) {
            AdminClient client = AdminClient.connect(sandbox);

            JsonNode v30 = client.get(V30 + "/campaigns").json().path("campaigns");
            JsonNode v33 = client.get("/inContactAPI/services/v33.0/campaigns").json().path("campaigns");

            assertThat(v30).singleElement().satisfies(row -> assertThat(row.path("campaignId").asInt()).isEqualTo(7));
            assertThat(v33).singleElement().satisfies(row -> assertThat(row.path("name").asString()).isEqualTo("Q3 Outreach"));
        }
    }
}
