package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialerRuleIT {

    private static CxoneSandbox sandbox;
    private static SandboxClient client;
    private String campaignId;

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
    void createCampaign() {
        sandbox.reset();
        campaignId = client.createCampaign("Ruled", "PREDICTIVE");
    }

    @Test
    void createsAnActiveRuleAndAttachesItsTargetList() {
        Reply reply = client.post("/api/v2/campaign-dialer-rules", rule(campaignId, "0.03", "list_east"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("status")).isEqualTo("ACTIVE");
        assertThat(reply.text("campaignId")).isEqualTo(campaignId);
        assertThat(reply.text("ruleType")).isEqualTo("PREDICTIVE");
        assertThat(sandbox.inspect().dialerRules(campaignId)).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo(reply.text("id"));
            assertThat(rule.abandonedCallThreshold()).isEqualTo(0.03);
            assertThat(rule.predictiveRate()).isEqualTo(1.25);
            assertThat(rule.maxConcurrentCalls()).isEqualTo(50);
        });
        assertThat(sandbox.inspect().campaign(campaignId).orElseThrow().targetListId()).isEqualTo("list_east");
        assertThat(client.get("/api/v2/campaigns").json().path("entities").get(0).path("targetListId").asString())
                .isEqualTo("list_east");
    }

    @Test
    void acceptsASecondRuleForOneCampaignAndShowsItInInspection() {
        Reply first = client.post("/api/v2/campaign-dialer-rules", rule(campaignId, "0.03", "list_east"));
        Reply second = client.post("/api/v2/campaign-dialer-rules", rule(campaignId, "0.05", "list_west"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("id")).isNotEqualTo(first.text("id"));
        assertThat(sandbox.inspect().dialerRules(campaignId)).extracting(SandboxDialerRule::id)
                .containsExactly(first.text("id"), second.text("id"));
        assertThat(sandbox.inspect().dialerRulesPerCampaign()).containsExactly(entry(campaignId, 2));
        assertThat(sandbox.inspect().duplicateSideEffects()).singleElement().asString().contains(campaignId, "2 dialer rules");
        assertThat(sandbox.inspect().campaign(campaignId).orElseThrow().targetListId()).isEqualTo("list_west");
    }

    @Test
    void rejectsARuleForAnUnknownCampaign() {
        Reply reply = client.post("/api/v2/campaign-dialer-rules", rule("camp_777777", "0.03", "list_east"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).contains("camp_777777");
        assertThat(sandbox.inspect().dialerRules()).isEmpty();
    }

    @Test
    void rejectsARuleForAnUnknownTargetList() {
        Reply reply = client.post("/api/v2/campaign-dialer-rules", rule(campaignId, "0.03", "list_mars"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).contains("list_mars");
        assertThat(sandbox.inspect().campaign(campaignId).orElseThrow().targetListId()).isNull();
        assertThat(sandbox.inspect().dialerRules()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.01", "3"})
    void rejectsAnAbandonedCallThresholdOutsideZeroToOne(String threshold) {
        Reply reply = client.post("/api/v2/campaign-dialer-rules", rule(campaignId, threshold, "list_east"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).contains("abandonedCallThreshold");
        assertThat(sandbox.inspect().dialerRules()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1"})
    void acceptsTheBoundsOfTheAbandonedCallThreshold(String threshold) {
        assertThat(client.post("/api/v2/campaign-dialer-rules", rule(campaignId, threshold, "list_east")).status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"predictiveRate\":0", "\"maxConcurrentCalls\":0", "\"maxConcurrentCalls\":1.5"})
    void rejectsAPredictiveRateOfZeroAndFewerThanOneConcurrentCall(String field) {
        Reply reply = client.post("/api/v2/campaign-dialer-rules", "{\"campaignId\":\"" + campaignId
                + "\",\"ruleType\":\"PREDICTIVE\",\"targetListId\":\"list_east\"," + field + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).contains(field.substring(1, field.indexOf('"', 1)));
    }

    private static String rule(String campaignId, String threshold, String listId) {
        return "{\"campaignId\":\"" + campaignId + "\",\"ruleType\":\"PREDICTIVE\",\"abandonedCallThreshold\":" + threshold
                + ",\"predictiveRate\":1.25,\"maxConcurrentCalls\":50,\"targetListId\":\"" + listId + "\"}";
    }
}
