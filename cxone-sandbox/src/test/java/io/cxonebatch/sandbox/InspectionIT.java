package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionIT {

    @Test
    void countsRequestsByMethodRouteTemplateAndStatus() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Counted", "PREDICTIVE");
            client.post("/api/v2/campaigns", SandboxClient.campaignJson("Counted", "PREDICTIVE"));
            client.get("/api/v2/campaigns/" + id);
            client.get("/api/v2/campaigns/camp_404404");
            client.get("/nowhere");
            client.get("/_sandbox/inspect");

            SandboxInspection inspection = sandbox.inspect();

            assertThat(inspection.requestCount("POST", "/api/v2/campaigns", 201)).isEqualTo(1);
            assertThat(inspection.requestCount("POST", "/api/v2/campaigns", 409)).isEqualTo(1);
            assertThat(inspection.requestCount("POST", "/api/v2/campaigns")).isEqualTo(2);
            assertThat(inspection.requestCount("GET", "/api/v2/campaigns/{id}", 200)).isEqualTo(1);
            assertThat(inspection.requestCount("GET", "/api/v2/campaigns/{id}", 404)).isEqualTo(1);
            assertThat(inspection.requestCount("GET", RequestKey.UNMATCHED, 404)).isEqualTo(1);
            assertThat(inspection.requestCount("POST", "/oauth/token", 200)).isEqualTo(1);
            assertThat(inspection.totalRequests()).isEqualTo(6);
            assertThat(inspection.requestCounts()).containsEntry(new RequestKey("POST", "/api/v2/campaigns", 409), 1L);
        }
    }

    @Test
    void countsDialerRulesPerCampaignWebhooksAndUnauthorisedRequests() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String ruled = client.createCampaign("Ruled", "PREDICTIVE");
            String twice = client.createCampaign("Ruled twice", "PREDICTIVE");
            String bare = client.createCampaign("Bare", "PREVIEW");
            for (String id : List.of(ruled, twice, twice)) {
                client.post("/api/v2/campaign-dialer-rules", "{\"campaignId\":\"" + id
                        + "\",\"ruleType\":\"PREDICTIVE\",\"targetListId\":\"list_east\"}");
            }
            client.post("/api/v2/webhooks", "{\"eventFilter\":\"e\",\"uri\":\"https://example.com/h\"}");
            client.post("/api/v2/webhooks", "{\"eventFilter\":\"f\",\"uri\":\"https://example.com/h\"}");
            SandboxInspection inspection = sandbox.inspect();

            assertThat(inspection.dialerRulesPerCampaign()).containsExactly(entry(ruled, 1), entry(twice, 2), entry(bare, 0));
            assertThat(inspection.webhooks()).hasSize(2);
            assertThat(inspection.requestCount(401)).isZero();

            sandbox.expireAllTokens();
            client.get("/api/v2/campaigns");
            SandboxClient.unauthenticated(sandbox).get("/api/v2/campaigns/" + ruled);
            SandboxClient.unauthenticated(sandbox).formToken("/oauth/token", "cxone-batch", "wrong-secret", null);

            assertThat(inspection.requestCount(401)).isEqualTo(3);
            assertThat(inspection.requestCount(201)).isEqualTo(8);
        }
    }

    @Test
    void countsSettingsPutsWithoutIfMatchWhateverTheirAnswer() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Guarded", "PREDICTIVE");
            String preview = client.createCampaign("Guarded preview", "PREVIEW");
            String settings = "/api/v2/outbound/campaigns/" + id;
            client.put(settings, "{\"maxConcurrentCalls\":30}", "If-Match", "\"1\"");
            client.put(settings, "{\"maxConcurrentCalls\":31}", "If-Match", "\"1\"");
            client.put("/api/v2/outbound/campaigns/" + preview + "/agents", "{\"agents\":[]}");
            client.get(settings);
            SandboxInspection inspection = sandbox.inspect();

            assertThat(inspection.outboundSettingsPutsWithoutIfMatch()).isZero();

            client.put(settings, "{\"maxConcurrentCalls\":32}");
            client.put(settings, "{\"maxConcurrentCalls\":1000}");
            client.put("/api/v2/outbound/campaigns/camp_404404", "{}");
            SandboxClient.unauthenticated(sandbox).put(settings, "{}");
            sandbox.faults().outage(true);
            client.put(settings, "{}");
            sandbox.faults().outage(false);

            assertThat(inspection.outboundSettingsPutsWithoutIfMatch()).isEqualTo(5);
            assertThat(inspection.requestCount("PUT", "/api/v2/outbound/campaigns/{id}")).isEqualTo(7);
            sandbox.reset();
            assertThat(inspection.outboundSettingsPutsWithoutIfMatch()).isZero();
        }
    }

    @Test
    void findsRepeatedSideEffects() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().uniqueCampaignNames(false).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String first = client.createCampaign("Created twice", "PREDICTIVE");
            String second = client.createCampaign("Created twice", "PREDICTIVE");
            client.createCampaign("Created once", "PREDICTIVE");
            String rule = "{\"campaignId\":\"" + first + "\",\"ruleType\":\"PREDICTIVE\",\"targetListId\":\"list_east\"}";
            client.post("/api/v2/campaign-dialer-rules", rule);
            client.post("/api/v2/campaign-dialer-rules", rule);
            String webhook = "{\"name\":\"QA\",\"eventFilter\":\"campaign.preview.activated\",\"uri\":\"https://example.com/h\"}";
            client.post("/api/v2/webhooks", webhook);
            client.post("/api/v2/webhooks", webhook);
            client.post("/api/v2/webhooks", "{\"name\":\"QA\",\"eventFilter\":\"campaign.preview.activated\",\"uri\":\"https://example.com/other\"}");

            assertThat(sandbox.inspect().duplicateSideEffects()).satisfiesExactly(
                    finding -> assertThat(finding).contains("Created twice", first, second),
                    finding -> assertThat(finding).contains(first, "2 dialer rules"),
                    finding -> assertThat(finding).contains("2 webhooks", "https://example.com/h").doesNotContain("other"));
        }
    }

    @Test
    void findsNothingWhenEverySideEffectHappenedOnce() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Once", "PREDICTIVE");
            client.post("/api/v2/campaign-dialer-rules", "{\"campaignId\":\"" + id + "\",\"ruleType\":\"PREDICTIVE\",\"targetListId\":\"list_east\"}");
            client.post("/api/v2/webhooks", "{\"name\":\"QA\",\"eventFilter\":\"e\",\"uri\":\"https://example.com/h\"}");

            assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
        }
    }

    @Test
    void resetForgetsStateAndCountersButNeverReusesAnId() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String before = client.createCampaign("Before reset", "PREDICTIVE");
            client.post("/api/v2/webhooks", "{\"eventFilter\":\"e\",\"uri\":\"https://example.com/h\"}");

            sandbox.reset();

            assertThat(sandbox.inspect().campaigns()).isEmpty();
            assertThat(sandbox.inspect().webhooks()).isEmpty();
            assertThat(sandbox.inspect().totalRequests()).isZero();
            assertThat(sandbox.inspect().tokenRequests()).isZero();
            assertThat(client.get("/api/v2/campaigns/" + before).status()).isEqualTo(404);
            assertThat(client.createCampaign("Before reset", "PREDICTIVE")).isNotEqualTo(before);
        }
    }
}
