package io.cxonebatch.adapters.cxone.internal.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operator of the tenant working on the sandbox's Admin API by hand, with plain HTTP and none of the adapter's
 * code: creates skills, starts and stops them, changes their general settings and delivery preferences and assigns
 * agents.
 */
final class AdminOperator {

    static final String ACCESS_KEY_ID = "sandbox-access-key";
    static final String ACCESS_KEY_SECRET = "sandbox-access-secret";
    static final String SERVICES = "/inContactAPI/services/v30.0";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    AdminOperator(URI base) {
        this.base = base;
        String answer = send("POST", "/authentication/v1/token/access-key", null,
                "{\"accessKeyId\":\"" + ACCESS_KEY_ID + "\",\"accessKeySecret\":\"" + ACCESS_KEY_SECRET + "\"}", 200);
        Matcher matcher = ACCESS_TOKEN.matcher(answer);
        if (!matcher.find()) {
            throw new IllegalStateException("the sandbox issued no access token");
        }
        this.token = matcher.group(1);
    }

    /** Creates outbound Personal Connection skills (phone) under reporting campaign 101, in one batch. */
    void createOutboundSkills(List<String> names) {
        createSkills(names, "{\"skillName\":\"%s\",\"mediaTypeId\":4,\"isOutbound\":true,"
                + "\"outboundStrategy\":\"Personal Connection\",\"campaignId\":101}");
    }

    /** Creates inbound email skills under reporting campaign 101, in one batch. */
    void createInboundEmailSkills(List<String> names) {
        createSkills(names, "{\"skillName\":\"%s\",\"mediaTypeId\":1,\"isOutbound\":false,\"campaignId\":101}");
    }

    void start(int skillId) {
        send("POST", SERVICES + "/skills/" + skillId + "/start", "application/json", null, 202);
    }

    void stop(int skillId) {
        send("POST", SERVICES + "/skills/" + skillId + "/stop?force=true", "application/json", null, 202);
    }

    /** Replaces the skill's general settings with {@code fieldsJson} (an object's fields), the rest going back to defaults. */
    void replaceGeneralSettings(int skillId, String fieldsJson) {
        send("PUT", SERVICES + "/skills/" + skillId + "/parameters/general-settings", "application/json",
                "{\"generalSettings\":{" + fieldsJson + "}}", 200);
    }

    /** Replaces the skill's delivery preferences with {@code fieldsJson} (an object's fields), the rest going back to defaults. */
    void replaceDeliveryPreferences(int skillId, String fieldsJson) {
        send("PUT", SERVICES + "/skills/" + skillId + "/parameters/delivery-preferences", "application/json",
                "{\"deliveryPreferences\":{" + fieldsJson + "}}", 200);
    }

    /** Assigns agents to the skill, {@code agentsJson} being the items of the wrapped body. */
    void addSkillAgents(int skillId, String agentsJson) {
        String answer = send("POST", SERVICES + "/skills/" + skillId + "/agents", "application/json",
                "{\"agents\":[" + agentsJson + "]}", 200);
        if (!answer.replace(" ", "").contains("\"errorCount\":0")) {
            throw new IllegalStateException("the sandbox refused an agent: " + answer);
        }
    }

    /** A read without {@code Accept}, answering its status: what the adapter must never send. */
    int statusOfSkillReadWithoutAccept(int skillId) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + SERVICES + "/skills/" + skillId))
                    .header("Authorization", "Bearer " + token).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createSkills(List<String> names, String itemFormat) {
        String items = String.join(",", names.stream().map(name -> String.format(itemFormat, name)).toList());
        String answer = send("POST", SERVICES + "/skills", "application/json", "{\"skills\":[" + items + "]}", 200);
        if (!answer.replace(" ", "").contains("\"errorCount\":0")) {
            throw new IllegalStateException("the sandbox refused a skill: " + answer);
        }
    }

    private String send(String method, String path, String accept, String body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (accept != null) {
                request.header("Accept", accept).header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
