package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

    private static final String CAMPAIGN = "/api/v2/campaigns/camp_1";
    private static final Reply CAMPAIGN_FOUND = Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}");

    private final ScriptedCxone fake = ScriptedCxone.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private CxoneAdapter adapter(CxoneClientSettings.Builder settings) {
        return CxoneAdapter.create(settings.build(), new SimpleMeterRegistry());
    }

    private CxoneAdapter warmedUp(CxoneClientSettings.Builder settings) {
        CxoneAdapter adapter = adapter(settings);
        fake.stub("GET", "/api/v2/campaigns/warm", Reply.json(200, "{\"id\":\"warm\"}"));
        adapter.loadCampaign(CampaignId.of("warm"));
        return adapter;
    }

    @Test
    void waitsTheSecondsA429AsksForAndTriesAgain() {
        CxoneAdapter adapter = warmedUp(TestSettings.forFake(fake));
        fake.stub("GET", CAMPAIGN, Reply.json(429, "{\"message\":\"slow down\"}").header("Retry-After", "1"), CAMPAIGN_FOUND);

        long started = System.nanoTime();
        adapter.loadCampaign(CampaignId.of("camp_1"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(2);
        assertThat(elapsed).isBetween(Duration.ofMillis(950), Duration.ofMillis(1900));
    }

    @Test
    void aRetryAfterLongerThanTheCeilingFailsAtOnceNamingTheWaitInsteadOfRetryingEarly() {
        CxoneAdapter adapter = warmedUp(TestSettings.forFake(fake).maxRetryAfter(Duration.ofSeconds(60)));
        fake.stub("GET", CAMPAIGN, Reply.json(429, "{\"message\":\"tenant limit reached\"}").header("Retry-After", "300"),
                CAMPAIGN_FOUND);

        long started = System.nanoTime();
        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneRateLimitedException.class, limited -> {
                    assertThat(limited.httpStatus()).isEqualTo(429);
                    assertThat(limited.serverMessage()).contains("tenant limit reached", "asks to wait 300 s", "longer than the 60 s");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(fake.requests("GET", CAMPAIGN)).as("no attempt spent before the server's wait").hasSize(1);
    }

    @Test
    void waitsForAnHttpDateWithinTheCap() {
        CxoneAdapter adapter = warmedUp(TestSettings.forFake(fake).maxRetryAfter(Duration.ofSeconds(10)));
        // HTTP-dates have whole seconds: two seconds ahead means a wait of more than one second.
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(2));
        fake.stub("GET", CAMPAIGN, Reply.status(429).header("Retry-After", inTwoSeconds), CAMPAIGN_FOUND);

        long started = System.nanoTime();
        adapter.loadCampaign(CampaignId.of("camp_1"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isBetween(Duration.ofMillis(900), Duration.ofMillis(2900));
    }

    @Test
    void givesUpOnRepeated429sAfterTheLastAttemptAsRateLimited() {
        CxoneAdapter adapter = adapter(TestSettings.forFake(fake));
        fake.stub("GET", CAMPAIGN, Reply.json(429, "{\"message\":\"tenant limit reached\"}").header("Retry-After", "0"));

        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneRateLimitedException.class, limited -> {
                    assertThat(limited.httpStatus()).isEqualTo(429);
                    assertThat(limited.operation()).isEqualTo("GET /api/v2/campaigns/{id}");
                    assertThat(limited.serverMessage()).isEqualTo("tenant limit reached");
                    assertThat(limited.isRetryable()).isTrue();
                });
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(3);
    }

    @Test
    void retriesServerErrorsAndSucceedsWhenTheServerRecovers() {
        CxoneAdapter adapter = adapter(TestSettings.forFake(fake));
        fake.stub("GET", CAMPAIGN, Reply.status(500), Reply.status(503), CAMPAIGN_FOUND);

        assertThat(adapter.loadCampaign(CampaignId.of("camp_1")).id()).isEqualTo(CampaignId.of("camp_1"));
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(3);
    }

    @Test
    void backsOffExponentiallyBetweenServerErrorsThenReportsCxoneUnavailable() {
        CxoneAdapter adapter = warmedUp(TestSettings.forFake(fake)
                .retryMaxAttempts(3).retryInitialBackoff(Duration.ofMillis(150)).retryMaxBackoff(Duration.ofSeconds(1)));
        fake.stub("GET", CAMPAIGN, Reply.json(503, "{\"message\":\"maintenance\"}"));

        long started = System.nanoTime();
        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneUnavailableException.class, unavailable -> {
                    assertThat(unavailable.httpStatus()).isEqualTo(503);
                    assertThat(unavailable.serverMessage()).isEqualTo("maintenance");
                });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        var requests = fake.requests("GET", CAMPAIGN);
        assertThat(requests).hasSize(3);
        Duration firstWait = Duration.ofNanos(requests.get(1).receivedNanos() - requests.get(0).receivedNanos());
        Duration secondWait = Duration.ofNanos(requests.get(2).receivedNanos() - requests.get(1).receivedNanos());
        assertThat(firstWait).isBetween(Duration.ofMillis(140), Duration.ofMillis(600));
        assertThat(secondWait).isBetween(Duration.ofMillis(290), Duration.ofMillis(900));
        assertThat(elapsed).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void spreadsBackoffsWithJitter() {
        CxoneAdapter adapter = warmedUp(TestSettings.forFake(fake)
                .retryMaxAttempts(6).retryInitialBackoff(Duration.ofMillis(40)).retryMultiplier(1.0)
                .retryMaxBackoff(Duration.ofMillis(40)).retryJitter(0.9)
                .circuitBreakerSlidingWindowSize(20).circuitBreakerMinimumCalls(20));
        fake.stub("GET", CAMPAIGN, Reply.status(502));

        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1"))).isInstanceOf(CxoneUnavailableException.class);

        var requests = fake.requests("GET", CAMPAIGN);
        var waits = new java.util.ArrayList<Long>();
        for (int i = 1; i < requests.size(); i++) {
            waits.add((requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos()) / 1_000_000);
        }
        assertThat(waits).hasSize(5).allSatisfy(wait -> assertThat(wait).isBetween(2L, 200L));
        assertThat(waits.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void retriesAReadTimeoutThenReportsCxoneUnavailable() {
        CxoneAdapter adapter = warmedUp(TestSettings.forFake(fake).readTimeout(Duration.ofMillis(200)).retryMaxAttempts(2));
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND.after(Duration.ofSeconds(2)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneUnavailableException.class, unavailable -> {
                    assertThat(unavailable.httpStatus()).isZero();
                    assertThat(unavailable.serverMessage()).isEqualTo("no response within the read timeout");
                    assertThat(unavailable.getCause()).isInstanceOf(HttpTimeoutException.class);
                });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(2);
        assertThat(elapsed).isBetween(Duration.ofMillis(380), Duration.ofMillis(1500));
    }

    @Test
    void reportsARefusedConnectionAsCxoneUnavailableAfterRetrying() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CxoneAdapter adapter = CxoneAdapter.create(CxoneClientSettings
                .builder(URI.create("http://127.0.0.1:" + closedPort), "id", "secret")
                .retryMaxAttempts(2).retryInitialBackoff(Duration.ofMillis(1)).retryMaxBackoff(Duration.ofMillis(5))
                .connectTimeout(Duration.ofMillis(500))
                .build(), new SimpleMeterRegistry());

        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneUnavailableException.class, unavailable -> {
                    assertThat(unavailable.httpStatus()).isZero();
                    assertThat(unavailable.operation()).isEqualTo("POST /oauth/token");
                    assertThat(unavailable.getCause()).isInstanceOf(ConnectException.class);
                });
    }
}
