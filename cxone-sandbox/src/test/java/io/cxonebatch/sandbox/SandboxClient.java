package io.cxonebatch.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A plain {@link HttpClient} that talks to a sandbox over real HTTP, the way the contract describes. */
final class SandboxClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;
    private String token;

    private SandboxClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A client holding a fresh token of the default client. */
    static SandboxClient connect(CxoneSandbox sandbox) {
        SandboxClient client = new SandboxClient(sandbox.baseUrl(), "");
        Reply reply = client.formToken("/oauth/token", "cxone-batch", "sandbox-secret", null);
        if (reply.status() != 200) {
            throw new IllegalStateException("no token: " + reply);
        }
        client.token = reply.text("access_token");
        return client;
    }

    static SandboxClient unauthenticated(CxoneSandbox sandbox) {
        return new SandboxClient(sandbox.baseUrl(), "");
    }

    SandboxClient withToken(String newToken) {
        return new SandboxClient(base, newToken);
    }

    String token() {
        return token;
    }

    Reply formToken(String path, String clientId, String secret, String scope) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope.replace(" ", "+"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Reply form(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Reply jsonToken(String path, String clientId, String secret) {
        String body = JSON.createObjectNode()
                .put("grant_type", "client_credentials")
                .put("client_id", clientId)
                .put("client_secret", secret)
                .toString();
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply get(String path) {
        return send(authorized(path).GET());
    }

    Reply post(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json, String... headers) {
        HttpRequest.Builder request = authorized(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    Reply method(String method, String path) {
        return send(authorized(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Creates a campaign and returns its id; fails the test unless the sandbox answers 201. */
    String createCampaign(String name, String type) {
        Reply reply = post("/api/v2/campaigns", campaignJson(name, type));
        if (reply.status() != 201) {
            throw new AssertionError("campaign not created: " + reply);
        }
        return reply.text("id");
    }

    static String campaignJson(String name, String type) {
        return JSON.createObjectNode()
                .put("name", name)
                .put("type", type)
                .put("startDate", "2024-09-15T08:00:00-05:00")
                .put("endDate", "2024-09-15T17:00:00-05:00")
                .put("timezone", "America/New_York")
                .toString();
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : base.resolve(path))
                .timeout(Duration.ofSeconds(10));
        return token.isEmpty() ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response.headers(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
