package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headers every Admin request sends and the mapping of the Admin error shapes (cxone-admin-api.md §1.4, §9.1),
 * against a scripted HTTP server on 127.0.0.1 that answers the token and discovery as the document describes.
 */
class AdminErrorMappingTest {

    private static final String SKILL_PATH = "/inContactAPI/services/v30.0/skills/5";

    private HttpServer server;
    private final ConcurrentLinkedQueue<String[]> skillAnswers = new ConcurrentLinkedQueue<>();
    private final List<Seen> seen = new ArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    private record Seen(String method, String path, Headers headers) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void everyRequestAcceptsJsonTheTokenRequestIsJsonAndApiCallsCarryTheBearerToken() {
        skillAnswers.add(new String[] {"200", "application/json",
                "{\"skills\":[{\"skillId\":5,\"skillName\":\"Wrapped\",\"isOutbound\":\"true\",\"isRunning\":\"true\"}]}"});

        RemoteCampaign loaded = adapter().loadCampaign(CampaignId.of("5"));

        assertThat(loaded).isEqualTo(new RemoteCampaign(CampaignId.of("5"), "Wrapped", null, CampaignStatus.ACTIVE, null, null, null, 0));
        assertThat(seen).extracting(Seen::path).containsExactly(AccessKeyClient.TOKEN_PATH,
                "/.well-known/cxone-configuration?tenantId=tenant-7", SKILL_PATH);
        assertThat(seen).allSatisfy(request -> assertThat(request.headers().get("Accept")).containsExactly("application/json"));
        assertThat(seen.get(0).headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(seen.get(1).headers().containsKey("Authorization")).isFalse();
        assertThat(seen.get(2).headers().getFirst("Authorization")).isEqualTo("Bearer " + token(1));
    }

    @Test
    void aNotAcceptableAnswerFailsAsADefectOfTheClientAndIsNotSentAgain() {
        skillAnswers.add(new String[] {"406", "text/plain", "No known way to render data"});

        Throwable failure = catchThrowable(() -> adapter().loadCampaign(CampaignId.of("5")));

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("answered 406 (No known way to render data)")
                .hasMessageContaining("a defect of the client");
        assertThat(seen).extracting(Seen::path).filteredOn(SKILL_PATH::equals).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "400|{\"error\":\"InvalidParameter\",\"errorDescription\":\"skillId must be a number\"}|skillId must be a number",
        "400|{\"error\":\"InvalidParameter\"}|InvalidParameter",
        "404|{\"message\":\"skill 5 not found\"}|skill 5 not found",
        "400|{\"error\":\"invalid_request\",\"error_description\":\"top is too large\"}|top is too large",
        "403|{\"Message\":\"the role lacks View Skills\"}|the role lacks View Skills"})
    void everyAdminErrorShapeGivesARejectionWithTheServersMessage(int status, String body, String message) {
        skillAnswers.add(new String[] {Integer.toString(status), "application/json", body});

        Throwable failure = catchThrowable(() -> adapter().loadCampaign(CampaignId.of("5")));

        assertThat(failure).isInstanceOfSatisfying(CxoneRejectedException.class, rejected -> {
            assertThat(rejected.httpStatus()).isEqualTo(status);
            assertThat(rejected.serverMessage()).isEqualTo(message);
            assertThat(rejected.operation()).isEqualTo("GET /inContactAPI/services/v30.0/skills/{skillId}");
        });
    }

    @Test
    void aServerErrorIsRetriedUpToTheAttemptsAndThenReportedAsUnavailable() {
        for (int i = 0; i < 3; i++) {
            skillAnswers.add(new String[] {"503", "application/json", "{\"Message\":\"down for maintenance\"}"});
        }

        Throwable failure = catchThrowable(() -> adapter().loadCampaign(CampaignId.of("5")));

        assertThat(failure).isInstanceOf(CxoneUnavailableException.class).hasMessageContaining("down for maintenance");
        assertThat(seen).extracting(Seen::path).filteredOn(SKILL_PATH::equals).hasSize(3);
    }

    @Test
    void aTokenRefusedTwiceIsAnAuthenticationFailureThatNeverQuotesTheToken() {
        skillAnswers.add(new String[] {"401", "application/json", "{\"error\":\"Unauthorized\",\"errorDescription\":\"token " + token(1) + " expired\"}"});
        skillAnswers.add(new String[] {"401", "application/json", "{\"error\":\"Unauthorized\",\"errorDescription\":\"token " + token(2) + " expired\"}"});

        Throwable failure = catchThrowable(() -> adapter().loadCampaign(CampaignId.of("5")));

        assertThat(failure).isInstanceOf(CxoneAuthenticationException.class).hasMessageContaining("refused a freshly issued token too")
                .hasMessageContaining("token **** expired");
        assertThat(((CxoneCallException) failure).serverMessage()).doesNotContain(token(2));
        assertThat(failure.getMessage()).doesNotContain(token(1)).doesNotContain(token(2));
        assertThat(tokensIssued).hasValue(2);
    }

    private AdminCampaignAdapter adapter() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        CxoneClientSettings settings = CxoneClientSettings.adminBuilder(base, "key-id", "key-secret")
                .tenant("scripted")
                .rateLimitPerMinute(60_000)
                .retryMaxAttempts(3)
                .retryInitialBackoff(Duration.ofMillis(1))
                .retryMaxBackoff(Duration.ofMillis(5))
                .build();
        return AdminAdapters.connect(settings, new SimpleMeterRegistry(), Clock.systemUTC(), null).campaigns();
    }

    /** The n-th token the server issues: a JWT without {@code id_token} beside it, so the claim comes from it. */
    private static String token(int n) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(("{\"tenantId\":\"tenant-7\",\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        synchronized (seen) {
            seen.add(new Seen(exchange.getRequestMethod(), query == null ? path : path + "?" + query, exchange.getRequestHeaders()));
        }
        exchange.getRequestBody().readAllBytes();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String[] reply = switch (path) {
            case AccessKeyClient.TOKEN_PATH -> new String[] {"200", "application/json",
                    "{\"access_token\":\"" + token(tokensIssued.incrementAndGet()) + "\",\"expires_in\":3600}"};
            case "/.well-known/cxone-configuration" -> new String[] {"200", "application/json", "{\"api_endpoint\":\"" + base + "//\"}"};
            case SKILL_PATH -> skillAnswers.isEmpty() ? new String[] {"500", "application/json", "{}"} : skillAnswers.poll();
            default -> new String[] {"404", "application/json", "{}"};
        };
        byte[] body = reply[2].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of(reply[1])));
        exchange.sendResponseHeaders(Integer.parseInt(reply[0]), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
