package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookAndAnalyticsCallsTest {

    private static final String QUERY = "/api/v2/analytics/campaigns/details/query";

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void registersAnEnabledPostWebhookForTheEventAndReturnsTheStatus() {
        fake.stub("POST", "/api/v2/webhooks", Reply.json(201, "{\"id\":\"wh_1\"}"));

        CxoneAnswer<Void> answer = adapter.registerWebhook("Preview QA Sync", "campaign.preview.activated",
                "https://wfm.example/hooks/preview");

        assertThat(answer).isEqualTo(CxoneAnswer.of(201));

        JsonNode body = Json.read(fake.requests("POST", "/api/v2/webhooks").get(0).body());
        assertThat(body.get("name").asString()).isEqualTo("Preview QA Sync");
        assertThat(body.get("enabled").asBoolean()).isTrue();
        assertThat(body.get("eventFilter").asString()).isEqualTo("campaign.preview.activated");
        assertThat(body.get("uri").asString()).isEqualTo("https://wfm.example/hooks/preview");
        assertThat(body.get("method").asString()).isEqualTo("POST");
    }

    @Test
    void queriesTheCampaignsIntervalsForTheRangeAndReadsThem() {
        fake.stub("POST", QUERY, Reply.json(200, """
                {"campaignId":"camp_42","intervals":[
                  {"start":"2024-09-15T12:00:00Z","end":"2024-09-15T12:30:00Z","disposition":"SALE",
                   "callsAttempted":120,"callsConnected":48,"dialingSeconds":1700},
                  {"start":"2024-09-15T12:30:00Z","end":"2024-09-15T13:00:00Z"},
                  {"start":"half past noon","end":"2024-09-15T13:30:00Z","callsAttempted":3}]}"""));
        Instant from = Instant.parse("2024-09-15T04:00:00Z");
        Instant to = Instant.parse("2024-09-16T04:00:00Z");

        List<ActivityInterval> intervals = adapter.queryCampaignActivity(CampaignId.of("camp_42"), from, to);

        assertThat(intervals).containsExactly(
                new ActivityInterval(Instant.parse("2024-09-15T12:00:00Z"), Instant.parse("2024-09-15T12:30:00Z"), "SALE", 120, 48, 1700),
                new ActivityInterval(Instant.parse("2024-09-15T12:30:00Z"), Instant.parse("2024-09-15T13:00:00Z"), null, 0, 0, 0));
        JsonNode body = Json.read(fake.requests("POST", QUERY).get(0).body());
        assertThat(body.get("dateRange").toString())
                .isEqualTo("{\"startDate\":\"2024-09-15T04:00:00Z\",\"endDate\":\"2024-09-16T04:00:00Z\"}");
        assertThat(body.get("groupBy").toString()).isEqualTo("[\"timeInterval\",\"disposition\"]");
        assertThat(body.get("metrics").toString()).isEqualTo(
                "[{\"name\":\"callsConnected\",\"type\":\"count\"},{\"name\":\"scheduleAdherence\",\"type\":\"percent\"}]");
        assertThat(body.get("campaignId").asString()).isEqualTo("camp_42");
    }

    @Test
    void readsAnAnswerWithoutIntervalsAsNoActivity() {
        fake.stub("POST", QUERY, Reply.json(200, "{\"campaignId\":\"camp_42\"}"));

        assertThat(adapter.queryCampaignActivity(CampaignId.of("camp_42"), Instant.EPOCH, Instant.EPOCH.plusSeconds(60))).isEmpty();
    }
}
