package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnalyticsIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static CxoneSandbox sandbox;
    private static SandboxClient client;
    private static String campaignId;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().start();
        client = SandboxClient.connect(sandbox);
        campaignId = client.post("/api/v2/campaigns", """
                {"name":"September","type":"PREDICTIVE","timezone":"America/New_York",
                 "startDate":"2024-09-01T08:00:00-04:00","endDate":"2024-09-30T17:00:00-04:00"}""").text("id");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void reportsHalfHourIntervalsWithDispositionsAndCounts() {
        List<JsonNode> intervals = query(campaignId, "2024-09-16T00:00:00Z", "2024-09-17T00:00:00Z");

        assertThat(intervals).isNotEmpty().allSatisfy(interval -> {
            Instant start = Instant.parse(interval.path("start").asString());
            Instant end = Instant.parse(interval.path("end").asString());
            assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(30));
            assertThat(start).isBetween(Instant.parse("2024-09-16T00:00:00Z"), Instant.parse("2024-09-16T23:59:59Z"));
            assertThat(interval.path("disposition").asString()).isNotBlank();
            assertThat(interval.path("callsConnected").asLong()).isBetween(0L, interval.path("callsAttempted").asLong());
            assertThat(interval.path("dialingSeconds").asLong()).isBetween(0L, 1800L);
        });
    }

    @Test
    void aMonthHasDaysThatKeepTheWindowAndDaysThatStartLateEndEarlyOrDialOutsideIt() {
        int onSchedule = 0;
        int shortened = 0;
        int outside = 0;
        for (LocalDate day = LocalDate.of(2024, 9, 1); day.isBefore(LocalDate.of(2024, 10, 1)); day = day.plusDays(1)) {
            Instant windowStart = ZonedDateTime.of(day.atTime(8, 0), NEW_YORK).toInstant();
            Instant windowEnd = ZonedDateTime.of(day.atTime(17, 0), NEW_YORK).toInstant();
            Set<Instant> starts = new TreeSet<>();
            query(campaignId, day.atStartOfDay(NEW_YORK).toInstant().toString(), day.plusDays(1).atStartOfDay(NEW_YORK).toInstant().toString())
                    .forEach(interval -> starts.add(Instant.parse(interval.path("start").asString())));
            boolean dialledOutside = starts.stream().anyMatch(start -> start.isBefore(windowStart) || !start.isBefore(windowEnd));
            if (dialledOutside) {
                outside++;
            } else if (starts.size() == 18) {
                onSchedule++;
            } else {
                shortened++;
            }
        }

        assertThat(onSchedule).isGreaterThan(10);
        assertThat(shortened).isPositive();
        assertThat(outside).isPositive();
    }

    @Test
    void theSameQueryAnswersTheSameIntervalsAndAnotherSeedOthers() {
        String from = "2024-09-10T00:00:00Z";
        String to = "2024-09-13T00:00:00Z";
        try (CxoneSandbox other = CxoneSandbox.builder().seed(1234).start()) {
            SandboxClient otherClient = SandboxClient.connect(other);
            String otherId = otherClient.post("/api/v2/campaigns", """
                    {"name":"September","type":"PREDICTIVE","timezone":"America/New_York",
                     "startDate":"2024-09-01T08:00:00-04:00","endDate":"2024-09-30T17:00:00-04:00"}""").text("id");

            assertThat(otherId).isEqualTo(campaignId);
            assertThat(query(campaignId, from, to)).isEqualTo(query(campaignId, from, to));
            assertThat(queryWith(otherClient, otherId, from, to)).isNotEqualTo(query(campaignId, from, to));
        }
    }

    @Test
    void answersNotFoundForAnUnknownCampaignAndBadRequestForABadRange() {
        Reply unknown = client.post("/api/v2/analytics/campaigns/details/query", body("camp_000999", "2024-09-16T00:00:00Z", "2024-09-17T00:00:00Z"));
        Reply backwards = client.post("/api/v2/analytics/campaigns/details/query", body(campaignId, "2024-09-17T00:00:00Z", "2024-09-16T00:00:00Z"));
        Reply unparseable = client.post("/api/v2/analytics/campaigns/details/query", body(campaignId, "yesterday", "2024-09-16T00:00:00Z"));
        Reply tooLong = client.post("/api/v2/analytics/campaigns/details/query", body(campaignId, "2024-08-01T00:00:00Z", "2024-09-02T00:00:00Z"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(unparseable.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("message")).contains("31 days");
    }

    private static List<JsonNode> query(String id, String from, String to) {
        return queryWith(client, id, from, to);
    }

    private static List<JsonNode> queryWith(SandboxClient someClient, String id, String from, String to) {
        Reply reply = someClient.post("/api/v2/analytics/campaigns/details/query", body(id, from, to));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("campaignId")).isEqualTo(id);
        return List.copyOf(reply.json().path("intervals").values());
    }

    private static String body(String id, String from, String to) {
        return "{\"dateRange\":{\"startDate\":\"" + from + "\",\"endDate\":\"" + to + "\"},"
                + "\"groupBy\":[\"timeInterval\",\"disposition\"],"
                + "\"metrics\":[{\"name\":\"callsConnected\",\"type\":\"count\"},{\"name\":\"scheduleAdherence\",\"type\":\"percent\"}],"
                + "\"campaignId\":\"" + id + "\"}";
    }
}
