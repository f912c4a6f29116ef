package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Recorded;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CampaignCallsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void createsTheCampaignInDraftWithItsDatesInItsOwnZoneAndReturnsItsIdWithTheStatus() {
        fake.stub("POST", "/api/v2/campaigns", Reply.json(201, "{\"id\":\"camp_42\",\"name\":\"Q3\",\"status\":\"DRAFT\"}"));
        NewCampaign campaign = new NewCampaign("Q3 Predictive Outreach", CampaignType.PREDICTIVE, "Lead qualification",
                List.of("OUTBOUND_SALES", "QUALIFICATION"), List.of("SALE", "NO_INTEREST"), 1000,
                window(ZonedDateTime.of(2024, 9, 15, 8, 0, 0, 0, NEW_YORK), ZonedDateTime.of(2024, 9, 15, 17, 0, 0, 0, NEW_YORK)),
                "queue_abc123");

        CxoneAnswer<CampaignId> answer = adapter.createCampaign(campaign);

        assertThat(answer).isEqualTo(new CxoneAnswer<>(CampaignId.of("camp_42"), 201));
        Recorded request = fake.requests("POST", "/api/v2/campaigns").get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1));
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        JsonNode body = Json.read(request.body());
        assertThat(body.get("name").asString()).isEqualTo("Q3 Predictive Outreach");
        assertThat(body.get("type").asString()).isEqualTo("PREDICTIVE");
        assertThat(body.get("status").asString()).isEqualTo("DRAFT");
        assertThat(body.get("description").asString()).isEqualTo("Lead qualification");
        assertThat(body.get("skills").toString()).isEqualTo("[\"OUTBOUND_SALES\",\"QUALIFICATION\"]");
        assertThat(body.get("wrapUpCodes").toString()).isEqualTo("[\"SALE\",\"NO_INTEREST\"]");
        assertThat(body.get("maxCallsPerDay").asInt()).isEqualTo(1000);
        assertThat(body.get("startDate").asString()).isEqualTo("2024-09-15T08:00:00-04:00");
        assertThat(body.get("endDate").asString()).isEqualTo("2024-09-15T17:00:00-04:00");
        assertThat(body.get("timezone").asString()).isEqualTo("America/New_York");
        // Optional in the contract: the dialer's retries are CXone's defaults.
        assertThat(body.has("dialerSettings")).isFalse();
        assertThat(body.get("routingSettings").get("queueId").asString()).isEqualTo("queue_abc123");
    }

    @Test
    void leavesOutWhatTheCampaignDoesNotSayAndWritesWinterDatesWithTheStandardOffset() {
        fake.stub("POST", "/api/v2/campaigns", Reply.json(201, "{\"id\":\"camp_43\"}"));
        NewCampaign campaign = new NewCampaign("Winter", CampaignType.PREVIEW, null, List.of(), List.of(), null,
                window(ZonedDateTime.of(2025, 1, 10, 9, 30, 0, 0, NEW_YORK), ZonedDateTime.of(2025, 1, 10, 12, 0, 0, 0, NEW_YORK)),
                null);

        adapter.createCampaign(campaign);

        JsonNode body = Json.read(fake.requests("POST", "/api/v2/campaigns").get(0).body());
        assertThat(body.get("startDate").asString()).isEqualTo("2025-01-10T09:30:00-05:00");
        assertThat(body.has("dialerSettings")).isFalse();
        assertThat(body.has("routingSettings")).isFalse();
        assertThat(body.has("description")).isFalse();
        assertThat(body.has("maxCallsPerDay")).isFalse();
        assertThat(body.get("type").asString()).isEqualTo("PREVIEW");
    }

    @Test
    void reportsADuplicateNameAsTheNameBeingTakenWithoutRetrying() {
        fake.stub("POST", "/api/v2/campaigns", Reply.json(409, "{\"message\":\"campaign name already exists\"}"));
        NewCampaign campaign = new NewCampaign("Taken", CampaignType.PREDICTIVE, null, List.of(), List.of(), null,
                window(ZonedDateTime.of(2025, 1, 10, 9, 0, 0, 0, NEW_YORK), ZonedDateTime.of(2025, 1, 10, 10, 0, 0, 0, NEW_YORK)),
                null);

        assertThatThrownBy(() -> adapter.createCampaign(campaign))
                .isInstanceOfSatisfying(CampaignNameTakenException.class, taken -> {
                    assertThat(taken.campaignName()).isEqualTo("Taken");
                    assertThat(taken.operation()).isEqualTo("POST /api/v2/campaigns");
                    assertThat(taken.httpStatus()).isEqualTo(409);
                    assertThat(taken.serverMessage()).isEqualTo("campaign name already exists");
                });
        assertThat(fake.requests("POST", "/api/v2/campaigns")).hasSize(1);
    }

    @Test
    void readsACampaignWithEveryFieldAndItsVersionButNotItsTargetList() {
        fake.stub("GET", "/api/v2/campaigns/camp_42", Reply.json(200, """
                {"id":"camp_42","name":"Q3","type":"PREDICTIVE","status":"ACTIVATING",
                 "startDate":"2024-09-15T08:00:00-04:00","endDate":"2024-09-15T17:00:00-04:00","timezone":"America/New_York",
                 "routingSettings":{"queueId":"queue_1","overflowStrategy":"WRAPUP"},"targetListId":"list_9","version":7,
                 "somethingNew":{"nested":true}}""").header("ETag", "\"7\""));

        RemoteCampaign campaign = adapter.loadCampaign(CampaignId.of("camp_42"));

        assertThat(campaign.id()).isEqualTo(CampaignId.of("camp_42"));
        assertThat(campaign.name()).isEqualTo("Q3");
        assertThat(campaign.type()).isEqualTo(CampaignType.PREDICTIVE);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.ACTIVATING);
        assertThat(campaign.window()).isEqualTo(window(ZonedDateTime.of(2024, 9, 15, 8, 0, 0, 0, NEW_YORK),
                ZonedDateTime.of(2024, 9, 15, 17, 0, 0, 0, NEW_YORK)));
        assertThat(campaign.queueId()).isEqualTo("queue_1");
        // The contract reports the target list in the listing only; a read by id that has one is not relied on.
        assertThat(campaign.targetListId()).isNull();
        assertThat(campaign.version()).isEqualTo(7);
        Recorded request = fake.requests("GET", "/api/v2/campaigns/camp_42").get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1));
    }

    @Test
    void takesTheVersionFromTheEtagWhenTheBodyHasNone() {
        fake.stub("GET", "/api/v2/campaigns/camp_42",
                Reply.json(200, "{\"id\":\"camp_42\",\"name\":\"Q3\",\"status\":\"ACTIVE\"}").header("ETag", "W/\"12\""));

        assertThat(adapter.loadCampaign(CampaignId.of("camp_42")).version()).isEqualTo(12);
    }

    @Test
    void toleratesMissingFieldsUnknownWordsAndUnreadableDates() {
        fake.stub("GET", "/api/v2/campaigns/camp_7", Reply.json(200, """
                {"campaignType":"preview","status":"hibernating","startDate":"next tuesday",
                 "endDate":"2024-09-15T17:00:00-04:00","timezone":"Mars/Olympus"}"""));

        RemoteCampaign campaign = adapter.loadCampaign(CampaignId.of("camp_7"));

        assertThat(campaign.id()).isEqualTo(CampaignId.of("camp_7"));
        assertThat(campaign.name()).isEmpty();
        assertThat(campaign.type()).isEqualTo(CampaignType.PREVIEW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(campaign.window()).isNull();
        assertThat(campaign.queueId()).isNull();
        assertThat(campaign.hasDialerRule()).isFalse();
        assertThat(campaign.version()).isZero();
    }

    @Test
    void readsStatusSynonymsAndLowerCaseWords() {
        fake.stub("GET", "/api/v2/campaigns/camp_1",
                Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"running\",\"type\":\"Progressive\"}"),
                Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"CANCELLED\"}"),
                Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"failed\",\"type\":\"ROBOCALL\"}"));

        RemoteCampaign running = adapter.loadCampaign(CampaignId.of("camp_1"));
        RemoteCampaign cancelled = adapter.loadCampaign(CampaignId.of("camp_1"));
        RemoteCampaign failed = adapter.loadCampaign(CampaignId.of("camp_1"));

        assertThat(running.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(running.type()).isEqualTo(CampaignType.PROGRESSIVE);
        assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELED);
        assertThat(failed.status()).isEqualTo(CampaignStatus.FAILED);
        assertThat(failed.type()).isNull();
    }

    @Test
    void readsAWindowWrittenInUtcInTheCampaignsZone() {
        fake.stub("GET", "/api/v2/campaigns/camp_5", Reply.json(200, """
                {"id":"camp_5","status":"SCHEDULED","startDate":"2024-09-15T12:00:00Z","endDate":"2024-09-15T21:00:00Z",
                 "timezone":"America/New_York"}"""));

        ScheduleWindow window = adapter.loadCampaign(CampaignId.of("camp_5")).window();

        assertThat(window).isNotNull();
        assertThat(window.zone()).isEqualTo(NEW_YORK);
        assertThat(window.start()).isEqualTo(Instant.parse("2024-09-15T12:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2024-09-15T21:00:00Z"));
    }

    @Test
    void asksToActivateTheCampaign() {
        fake.stub("POST", "/api/v2/campaigns/camp_42/activate", Reply.status(202));

        assertThat(adapter.activateCampaign(CampaignId.of("camp_42"))).isEqualTo(CxoneAnswer.of(202));

        List<Recorded> requests = fake.requests("POST", "/api/v2/campaigns/camp_42/activate");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1));
    }

    @Test
    void attachesThePredictiveRuleAndReturnsTheRulesId() {
        fake.stub("POST", "/api/v2/campaign-dialer-rules",
                Reply.json(201, "{\"id\":\"rule_3\",\"campaignId\":\"camp_42\",\"ruleType\":\"PREDICTIVE\",\"status\":\"ACTIVE\"}"));

        CxoneAnswer<String> answer = adapter.attachDialerRule(CampaignId.of("camp_42"), new DialerRule(0.03, 1.25, 50, "list_9"));

        assertThat(answer).isEqualTo(new CxoneAnswer<>("rule_3", 201));
        JsonNode body = Json.read(fake.requests("POST", "/api/v2/campaign-dialer-rules").get(0).body());
        assertThat(body.get("campaignId").asString()).isEqualTo("camp_42");
        assertThat(body.get("ruleType").asString()).isEqualTo("PREDICTIVE");
        assertThat(body.get("abandonedCallThreshold").asDouble()).isEqualTo(0.03);
        assertThat(body.get("predictiveRate").asDouble()).isEqualTo(1.25);
        assertThat(body.get("maxConcurrentCalls").asInt()).isEqualTo(50);
        assertThat(body.get("targetListId").asString()).isEqualTo("list_9");
    }

    @Test
    void readsEveryCampaignPageFollowingRelativeAndAbsoluteLinksUntilTheLastPage() {
        fake.stub("GET", "/api/v2/campaigns",
                Reply.json(200, "{\"entities\":[{\"id\":\"c1\",\"status\":\"ACTIVE\"},{\"id\":\"c2\",\"status\":\"SCHEDULED\","
                        + "\"routingSettings\":{\"queueId\":\"q1\"},\"targetListId\":\"l1\"}],"
                        + "\"nextPageUri\":\"/api/v2/campaigns?page=2&limit=1000\"}"),
                Reply.json(200, "{\"entities\":[{\"id\":\"c3\",\"status\":\"DRAFT\"}],"
                        + "\"nextPageUri\":\"" + fake.baseUrl() + "/api/v2/campaigns?page=3&limit=1000\"}"),
                Reply.json(200, "{\"entities\":[{\"id\":\"c4\",\"status\":\"COMPLETED\"},{\"name\":\"no id\"}]}"));
        List<List<String>> pages = new ArrayList<>();
        List<Integer> requestsSeenAtEachPage = new ArrayList<>();

        adapter.forEachCampaignPage(page -> {
            pages.add(page.stream().map(c -> c.id().value()).toList());
            requestsSeenAtEachPage.add(fake.requests("GET", "/api/v2/campaigns").size());
        });

        assertThat(pages).containsExactly(List.of("c1", "c2"), List.of("c3"), List.of("c4"));
        assertThat(requestsSeenAtEachPage).containsExactly(1, 2, 3);
        assertThat(fake.requests("GET", "/api/v2/campaigns")).extracting(Recorded::query)
                .containsExactly("page=1&limit=1000", "page=2&limit=1000", "page=3&limit=1000");
    }

    @Test
    void stopsReadingCampaignPagesAtThePageHoldingTheFirstMatch() {
        fake.stub("GET", "/api/v2/campaigns",
                Reply.json(200, "{\"entities\":[{\"id\":\"c1\",\"name\":\"Q2\"}],\"nextPageUri\":\"/api/v2/campaigns?page=2&limit=1000\"}"),
                Reply.json(200, "{\"entities\":[{\"id\":\"c2\",\"name\":\"Other\"},{\"id\":\"c3\",\"name\":\"Q3\","
                        + "\"targetListId\":\"l3\"},{\"id\":\"c4\",\"name\":\"Q3\"}],\"nextPageUri\":\"/api/v2/campaigns?page=3&limit=1000\"}"),
                Reply.json(200, "{\"entities\":[{\"id\":\"c5\",\"name\":\"Q3\"}]}"));

        Optional<RemoteCampaign> found = adapter.findListedCampaign(campaign -> campaign.name().equals("Q3"));

        assertThat(found).hasValueSatisfying(campaign -> {
            assertThat(campaign.id()).isEqualTo(CampaignId.of("c3"));
            assertThat(campaign.targetListId()).isEqualTo("l3");
        });
        assertThat(fake.requests("GET", "/api/v2/campaigns")).extracting(Recorded::query)
                .containsExactly("page=1&limit=1000", "page=2&limit=1000");
    }

    @Test
    void readsEveryCampaignPageWhenNoneHoldsAMatch() {
        fake.stub("GET", "/api/v2/campaigns",
                Reply.json(200, "{\"entities\":[{\"id\":\"c1\"}],\"nextPageUri\":\"/api/v2/campaigns?page=2&limit=1000\"}"),
                Reply.json(200, "{\"entities\":[{\"id\":\"c2\"}],\"nextPageUri\":null}"));

        assertThat(adapter.findListedCampaign(campaign -> campaign.id().value().equals("c9"))).isEmpty();
        assertThat(fake.requests("GET", "/api/v2/campaigns")).hasSize(2);
    }

    @Test
    void keepsTheQueueAndTargetListOfListedCampaigns() {
        fake.stub("GET", "/api/v2/campaigns", Reply.json(200, "{\"entities\":[{\"id\":\"c2\",\"name\":\"Other\","
                + "\"status\":\"SCHEDULED\",\"routingSettings\":{\"queueId\":\"q1\"},\"targetListId\":\"l1\"}],\"nextPageUri\":null}"));
        List<RemoteCampaign> seen = new ArrayList<>();

        adapter.forEachCampaignPage(seen::addAll);

        assertThat(seen).singleElement().satisfies(campaign -> {
            assertThat(campaign.queueId()).isEqualTo("q1");
            assertThat(campaign.targetListId()).isEqualTo("l1");
            assertThat(campaign.status()).isEqualTo(CampaignStatus.SCHEDULED);
        });
    }

    @Test
    void refusesToFollowANextPageOnAnotherHost() {
        fake.stub("GET", "/api/v2/campaigns",
                Reply.json(200, "{\"entities\":[],\"nextPageUri\":\"https://elsewhere.example/api/v2/campaigns?page=2\"}"));

        assertThatThrownBy(() -> adapter.forEachCampaignPage(page -> { }))
                .isInstanceOf(CxoneRejectedException.class)
                .hasMessageContaining("outside the base URL");
        assertThat(fake.requests("GET", "/api/v2/campaigns")).hasSize(1);
    }

    private static ScheduleWindow window(ZonedDateTime start, ZonedDateTime end) {
        return new ScheduleWindow(start.getZone(), start.toInstant(), end.toInstant());
    }
}
