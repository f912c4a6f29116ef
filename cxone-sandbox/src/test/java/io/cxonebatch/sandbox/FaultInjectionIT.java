package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultInjectionIT {

    private static CxoneSandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().start();
        client = SandboxClient.connect(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void noFaults() {
        sandbox.faults().clear();
        sandbox.reset();
    }

    @Test
    void answersTooManyRequestsWithRetryAfterInSecondsAndCreatesNothing() {
        sandbox.faults().probability429(1.0).retryAfterSeconds(7);

        Reply reply = client.post("/api/v2/campaigns", SandboxClient.campaignJson("Retried", "PREDICTIVE"));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("7");
        assertThat(sandbox.inspect().campaigns()).isEmpty();
        sandbox.faults().probability429(0);
        assertThat(client.post("/api/v2/campaigns", SandboxClient.campaignJson("Retried", "PREDICTIVE")).status()).isEqualTo(201);
        assertThat(sandbox.inspect().campaigns()).hasSize(1);
    }

    @Test
    void givesRetryAfterAsAnHttpDateWhenAsked() {
        sandbox.faults().probability429(1.0).retryAfterStyle(RetryAfterStyle.HTTP_DATE).retryAfterSeconds(30);

        Reply reply = client.get("/api/v2/campaigns");

        assertThat(reply.status()).isEqualTo(429);
        Instant retryAt = ZonedDateTime.parse(reply.header("Retry-After"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(retryAt).isBetween(Instant.now().plusSeconds(25), Instant.now().plusSeconds(35));
        assertThat(reply.header("Retry-After")).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void injectedServerErrorsLeaveNoSideEffect(int status) {
        String id = client.createCampaign("Untouched", "PREDICTIVE");
        if (status == 500) {
            sandbox.faults().probability500(1.0);
        } else {
            sandbox.faults().probability503(1.0);
        }

        Reply create = client.post("/api/v2/campaigns", SandboxClient.campaignJson("Never", "PREDICTIVE"));
        Reply update = client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":99}", "If-Match", "\"1\"");
        Reply activate = client.post("/api/v2/campaigns/" + id + "/activate", "");
        Reply rule = client.post("/api/v2/campaign-dialer-rules",
                "{\"campaignId\":\"" + id + "\",\"ruleType\":\"PREDICTIVE\",\"targetListId\":\"list_east\"}");
        Reply webhook = client.post("/api/v2/webhooks", "{\"eventFilter\":\"e\",\"uri\":\"https://example.com/h\"}");

        assertThat(List.of(create, update, activate, rule, webhook)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(status);
            assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        });
        sandbox.faults().clear();
        SandboxCampaign campaign = sandbox.inspect().campaign(id).orElseThrow();
        assertThat(sandbox.inspect().campaigns()).hasSize(1);
        assertThat(campaign.version()).isEqualTo(1);
        assertThat(campaign.status()).isEqualTo("DRAFT");
        assertThat(sandbox.inspect().dialerRules()).isEmpty();
        assertThat(sandbox.inspect().webhooks()).isEmpty();
    }

    @Test
    void randomFaultsFollowTheSeedSoARunCanBeRepeated() {
        List<Integer> first = statuses(11);
        List<Integer> second = statuses(11);
        List<Integer> otherSeed = statuses(12);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first).contains(200, 500, 503);
        assertThat(first.stream().filter(status -> status == 200).count()).isBetween(20L, 50L);
    }

    @Test
    void tokenEndpointIsExemptFromRandomFaults() {
        sandbox.faults().probability500(1.0);

        assertThat(SandboxClient.unauthenticated(sandbox).formToken("/oauth/token", "cxone-batch", "sandbox-secret", null).status())
                .isEqualTo(200);
        assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(500);
    }

    @Test
    void addsTheConfiguredLatency() {
        sandbox.faults().latencyMillis(150);

        long started = System.nanoTime();
        Reply reply = client.get("/api/v2/campaigns");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(150_000_000L);
    }

    @Test
    void anOutageAnswersServiceUnavailableEverywhereButTheAdminApi() {
        sandbox.faults().outage(true);

        assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(503);
        assertThat(client.post("/api/v2/campaigns", SandboxClient.campaignJson("Down", "PREDICTIVE")).status()).isEqualTo(503);
        assertThat(SandboxClient.unauthenticated(sandbox).formToken("/oauth/token", "cxone-batch", "sandbox-secret", null).status())
                .isEqualTo(503);
        assertThat(SandboxClient.unauthenticated(sandbox).get("/_sandbox/inspect").status()).isEqualTo(200);
        assertThat(sandbox.inspect().campaigns()).isEmpty();

        sandbox.faults().outage(false);
        assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(200);
    }

    @Test
    void startsWithTheFaultsItWasBuiltWith() {
        try (CxoneSandbox faulty = CxoneSandbox.builder().faults(FaultSettings.none().probability503(1.0)).start()) {
            assertThat(SandboxClient.connect(faulty).get("/api/v2/campaigns").status()).isEqualTo(503);
            assertThat(faulty.faults().probability503()).isEqualTo(1.0);
        }
    }

    private static List<Integer> statuses(long seed) {
        FaultSettings faults = FaultSettings.none().probability500(0.2).probability503(0.2);
        try (CxoneSandbox seeded = CxoneSandbox.builder().seed(seed).faults(faults).start()) {
            SandboxClient seededClient = SandboxClient.connect(seeded);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                statuses.add(seededClient.get("/api/v2/campaigns").status());
            }
            return statuses;
        }
    }
}
