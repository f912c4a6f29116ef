package io.cxonebatch.adapters.cxone;

import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Recorded;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TokenHandlingTest {

    private static final String CAMPAIGN = "/api/v2/campaigns/camp_1";
    private static final Reply CAMPAIGN_FOUND = Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}");

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final MutableClock clock = MutableClock.of(Instant.parse("2025-01-10T09:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private CxoneAdapter adapter(CxoneClientSettings settings) {
        return CxoneAdapter.create(settings, new SimpleMeterRegistry(), clock);
    }

    private CxoneAdapter adapter() {
        return adapter(TestSettings.forFake(fake).build());
    }

    @Test
    void asksForATokenWithAFormAndHttpBasicByDefault() {
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);

        adapter().loadCampaign(CampaignId.of("camp_1"));

        Recorded token = fake.tokenRequests().get(0);
        assertThat(token.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(token.header("Accept")).isEqualTo("application/json");
        assertThat(token.body()).isEqualTo("grant_type=client_credentials");
        assertThat(token.header("Authorization")).startsWith("Basic ");
        String credentials = new String(Base64.getDecoder().decode(token.header("Authorization").substring(6)), StandardCharsets.UTF_8);
        // RFC 6749 §2.3.1: id and secret are form-encoded before Basic, so '!' travels as %21.
        assertThat(credentials).isEqualTo("batch-client:s3cr3t-Zq8%21pW");
        assertThat(fake.requests("GET", CAMPAIGN).get(0).header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1));
    }

    @Test
    void asksForTheConfiguredScope() {
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);

        adapter(TestSettings.forFake(fake).scope("campaign:read campaigns:write").build()).loadCampaign(CampaignId.of("camp_1"));

        assertThat(fake.tokenRequests().get(0).body()).isEqualTo("grant_type=client_credentials&scope=campaign%3Aread+campaigns%3Awrite");
    }

    @Test
    void asksForATokenWithAJsonBodyAtACustomPathWhenConfigured() {
        fake.stub("POST", "/api/v2/oauth/token", fake.tokens(600));
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);
        CxoneAdapter adapter = adapter(TestSettings.forFake(fake).tokenPath("/api/v2/oauth/token").authStyle(AuthStyle.JSON).build());

        adapter.loadCampaign(CampaignId.of("camp_1"));

        assertThat(fake.tokenRequests()).isEmpty();
        Recorded token = fake.requests("POST", "/api/v2/oauth/token").get(0);
        assertThat(token.header("Content-Type")).isEqualTo("application/json");
        assertThat(token.header("Authorization")).isNull();
        JsonNode body = Json.read(token.body());
        assertThat(body.get("grant_type").asString()).isEqualTo("client_credentials");
        assertThat(body.get("client_id").asString()).isEqualTo(TestSettings.CLIENT_ID);
        assertThat(body.get("client_secret").asString()).isEqualTo(TestSettings.CLIENT_SECRET);
        assertThat(body.has("scope")).isFalse();
        assertThat(fake.requests("GET", CAMPAIGN).get(0).header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1));
    }

    @Test
    void reusesTheTokenUntilLessThanTheBufferOfItsLifeIsLeft() {
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);
        CxoneAdapter adapter = adapter();

        adapter.loadCampaign(CampaignId.of("camp_1"));
        clock.add(Duration.ofSeconds(3600 - 61));
        adapter.loadCampaign(CampaignId.of("camp_1"));
        assertThat(fake.tokenRequests()).hasSize(1);

        clock.add(Duration.ofSeconds(2));
        adapter.loadCampaign(CampaignId.of("camp_1"));

        assertThat(fake.tokenRequests()).hasSize(2);
        assertThat(fake.requests("GET", CAMPAIGN)).extracting(r -> r.header("Authorization")).containsExactly(
                "Bearer " + ScriptedCxone.token(1), "Bearer " + ScriptedCxone.token(1), "Bearer " + ScriptedCxone.token(2));
    }

    @Test
    void keepsUsingAStillValidTokenWhenItsEarlyRefreshFails() {
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);
        CxoneAdapter adapter = adapter();
        adapter.loadCampaign(CampaignId.of("camp_1"));
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, Reply.json(503, "{\"message\":\"token service down\"}"));
        clock.add(Duration.ofSeconds(3570));

        adapter.loadCampaign(CampaignId.of("camp_1"));

        assertThat(fake.requests("GET", CAMPAIGN).get(1).header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1));
    }

    @Test
    void fetchesOneTokenForSixteenThreadsThatFindTheCachedOneExpired() throws Exception {
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, request -> fake.tokens(3600).respond(request).after(Duration.ofMillis(300)));
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);
        CxoneAdapter adapter = adapter();
        adapter.loadCampaign(CampaignId.of("camp_1"));
        clock.add(Duration.ofSeconds(3601));
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return adapter.loadCampaign(CampaignId.of("camp_1"));
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(fake.tokenRequests()).hasSize(2);
        List<Recorded> afterExpiry = fake.requests("GET", CAMPAIGN).subList(1, 17);
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(17);
        assertThat(afterExpiry).allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(2)));
    }

    @Test
    void answersA401WithAFreshTokenAndOneMoreTry() {
        fake.stub("GET", CAMPAIGN, Reply.json(401, "{\"message\":\"token revoked\"}"), CAMPAIGN_FOUND);

        assertThat(adapter().loadCampaign(CampaignId.of("camp_1")).id()).isEqualTo(CampaignId.of("camp_1"));

        assertThat(fake.tokenRequests()).hasSize(2);
        assertThat(fake.requests("GET", CAMPAIGN)).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer " + ScriptedCxone.token(1), "Bearer " + ScriptedCxone.token(2));
    }

    @Test
    void reportsASecond401AsAnAuthenticationFailureWithoutLooping() {
        fake.stub("GET", CAMPAIGN, Reply.json(401, "{\"message\":\"client disabled\"}"));

        assertThatThrownBy(() -> adapter().loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneAuthenticationException.class, failure -> {
                    assertThat(failure.operation()).isEqualTo("GET /api/v2/campaigns/{id}");
                    assertThat(failure.httpStatus()).isEqualTo(401);
                    assertThat(failure.serverMessage()).isEqualTo("refused a freshly issued token too: client disabled");
                    assertThat(failure.isRetryable()).isFalse();
                });
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(2);
        assertThat(fake.tokenRequests()).hasSize(2);
    }

    @Test
    void reportsRefusedCredentialsAsAnAuthenticationFailureWithoutRetrying() {
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}"));

        assertThatThrownBy(() -> adapter().loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneAuthenticationException.class, failure -> {
                    assertThat(failure.operation()).isEqualTo("POST /oauth/token");
                    assertThat(failure.httpStatus()).isEqualTo(401);
                    assertThat(failure.serverMessage()).isEqualTo("unknown client");
                });
        assertThat(fake.tokenRequests()).hasSize(1);
        assertThat(fake.apiRequests()).isEmpty();
    }

    @Test
    void retriesATokenEndpointThatIsBrieflyDown() {
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, Reply.status(503), fake.tokens(3600));
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);

        adapter().loadCampaign(CampaignId.of("camp_1"));

        assertThat(fake.tokenRequests()).hasSize(2);
        assertThat(fake.requests("GET", CAMPAIGN).get(0).header("Authorization")).startsWith("Bearer access-token-");
    }

    @Test
    void refusesATokenAnswerWithoutAToken() {
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, Reply.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600}"));

        assertThatThrownBy(() -> adapter().loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOf(CxoneAuthenticationException.class)
                .hasMessageContaining("token response carried no access_token");
    }
}
