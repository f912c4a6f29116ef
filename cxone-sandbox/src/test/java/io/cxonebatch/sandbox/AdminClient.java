package io.cxonebatch.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.StringNode;

/** A plain {@link HttpClient} speaking the Admin dialect: an access-key token, then v30.0 calls with the live headers. */
final class AdminClient {

    static final String V30 = "/inContactAPI/services/v30.0";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String token;

    private AdminClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A client with a fresh token of the default access key. */
    static AdminClient connect(CxoneSandbox sandbox) {
        Reply reply = accessKeyToken(sandbox, "sandbox-access-key", "sandbox-access-secret");
        if (reply.status() != 200) {
            throw new IllegalStateException("no token: " + reply);
        }
        return new AdminClient(sandbox.baseUrl(), reply.text("access_token"));
    }

    static Reply accessKeyToken(CxoneSandbox sandbox, String id, String secret) {
        String body = SandboxClient.JSON.createObjectNode().put("accessKeyId", id).put("accessKeySecret", secret).toString();
        return send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/authentication/v1/token/access-key"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Reply anonymousGet(CxoneSandbox sandbox, String path) {
        return send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(path)).header("Accept", "application/json").GET());
    }

    AdminClient withToken(String other) {
        return new AdminClient(base, other);
    }

    String token() {
        return token;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET without an {@code Accept} header, as a bare fetch would send it. */
    Reply getWithoutAccept(String path) {
        return send(HttpRequest.newBuilder(base.resolve(V30 + path)).header("Authorization", "Bearer " + token).GET());
    }

    /** A PUT without an {@code Accept} header. */
    Reply putWithoutAccept(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(V30 + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Creates one outbound skill and returns its id, found by name in the listing as a client must. */
    int createOutboundSkill(String name) throws InterruptedException {
        return createSkill(name, outboundSkill(name));
    }

    /** Creates the skill of one {@code POST /skills} item and returns its id, found by name in the listing. */
    int createSkill(String name, String item) throws InterruptedException {
        Reply created = post(V30 + "/skills", "{\"skills\":[" + item + "]}");
        if (created.status() != 200 || created.json().path("errorCount").asInt() != 0) {
            throw new AssertionError("skill not created: " + created);
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            for (JsonNode row : rows(get(V30 + "/skills?top=100"))) {
                if (row.path("skillName").asString().equals(name)) {
                    return row.path("skillId").asInt();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("skill " + name + " never listed");
    }

    static String outboundSkill(String name) {
        return "{\"skillName\":\"" + name + "\",\"mediaTypeId\":4,\"isOutbound\":true,\"outboundStrategy\":\"Personal Connection\","
                + "\"campaignId\":101}";
    }

    /** The rows of a skills page, wherever this call put them. */
    static Iterable<JsonNode> rows(Reply page) {
        JsonNode holder = page.json().has("resultSet") ? page.json().path("resultSet") : page.json();
        return holder.path("skills").values();
    }

    static JsonNode totalRecords(Reply page) {
        JsonNode holder = page.json().has("resultSet") ? page.json().path("resultSet") : page.json();
        return holder.path("totalRecords");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = response.body().length == 0 ? MissingNode.getInstance()
                    : type.startsWith("application/json") ? SandboxClient.JSON.readTree(response.body())
                    : StringNode.valueOf(new String(response.body(), StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
