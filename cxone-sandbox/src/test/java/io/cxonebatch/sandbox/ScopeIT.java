package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeIT {

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
        "POST, /api/v2/campaigns, campaigns:write",
        "GET, /api/v2/campaigns, campaign:read",
        "GET, /api/v2/campaigns/camp_000001, campaign:read",
        "POST, /api/v2/campaigns/camp_000001/activate, campaign:write",
        "POST, /api/v2/campaign-dialer-rules, campaign-dialer-rules:write",
        "GET, /api/v2/outbound/campaigns, outbound:campaigns:read",
        "GET, /api/v2/outbound/campaigns/camp_000001, outbound:campaigns:read",
        "PUT, /api/v2/outbound/campaigns/camp_000001, outbound:campaigns:write",
        "PUT, /api/v2/outbound/campaigns/camp_000001/agents, outbound:campaigns:write",
        "GET, /api/v2/outbound/contactlists/list_east/contacts, contactlist:read",
        "GET, /api/v2/outbound/suppressions, suppressions:read",
        "POST, /api/v2/webhooks, webhook:write",
        "POST, /api/v2/analytics/campaigns/details/query, analytics:campaign:read"
    })
    void answersForbiddenNamingTheScopeTheCallNeeds(String method, String path, String scope) {
        Set<String> allButOne = new HashSet<>(CxoneSandbox.ALL_SCOPES);
        allButOne.remove(scope);
        try (CxoneSandbox sandbox = CxoneSandbox.builder().grantedScopes(allButOne).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);

            Reply reply = switch (method) {
                case "GET" -> client.get(path);
                case "POST" -> client.post(path, "{}");
                default -> client.put(path, "{}");
            };

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.text("requiredScope")).isEqualTo(scope);
            assertThat(reply.text("message")).contains(scope);
            assertThat(sandbox.inspect().campaigns()).isEmpty();
        }
    }
}
