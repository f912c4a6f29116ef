package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.sandbox.internal.Mix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfterCommitFaultIT {

    private static final String RULES = "/api/v2/campaign-dialer-rules";
    private static final String WEBHOOKS = "/api/v2/webhooks";

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
    void failAfterCommitSavesTheDialerRuleThenAnswers500AndTheNextRequestIsNormal() {
        String id = client.createCampaign("Saved anyway", "PREDICTIVE");
        sandbox.faults().failAfterCommit("POST", RULES, 1);

        Reply failed = client.post(RULES, rule(id, "list_east"));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().path("status").asInt()).isEqualTo(500);
        assertThat(failed.text("message")).contains("after the change was saved");
        assertThat(sandbox.inspect().dialerRules(id)).singleElement()
                .satisfies(rule -> assertThat(rule.targetListId()).isEqualTo("list_east"));
        assertThat(sandbox.inspect().campaign(id).orElseThrow().targetListId()).isEqualTo("list_east");
        assertThat(sandbox.faults().failAfterCommit("POST", RULES)).isZero();

        Reply next = client.post(RULES, rule(id, "list_west"));

        assertThat(next.status()).isEqualTo(201);
        assertThat(sandbox.inspect().dialerRulesPerCampaign()).containsEntry(id, 2);
        assertThat(sandbox.inspect().requestCount("POST", RULES, 500)).isEqualTo(1);
        assertThat(sandbox.inspect().requestCount("POST", RULES, 201)).isEqualTo(1);
    }

    @Test
    void failAfterCommitRegistersTheWebhookThenAnswers500ForExactlyTheGivenNumberOfRequests() {
        sandbox.faults().failAfterCommit("POST", WEBHOOKS, 2);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(client.post(WEBHOOKS, "{\"name\":\"QA " + i + "\",\"eventFilter\":\"e\",\"uri\":\"https://example.com/h\"}")
                    .status());
        }

        assertThat(statuses).containsExactly(500, 500, 201);
        assertThat(sandbox.inspect().webhooks()).extracting(SandboxWebhook::name).containsExactly("QA 0", "QA 1", "QA 2");
        assertThat(sandbox.inspect().requestCount("POST", WEBHOOKS, 500)).isEqualTo(2);
        assertThat(sandbox.inspect().requestCount(500)).isEqualTo(2);
    }

    @Test
    void failAfterCommitLeavesOtherRoutesAndRefusedRequestsAlone() {
        sandbox.faults().failAfterCommit("POST", WEBHOOKS, 1);

        Reply campaign = client.post("/api/v2/campaigns", SandboxClient.campaignJson("Other route", "PREDICTIVE"));
        Reply invalid = client.post(WEBHOOKS, "{\"eventFilter\":\"e\",\"uri\":\"not a uri\"}");
        Reply valid = client.post(WEBHOOKS, "{\"eventFilter\":\"e\",\"uri\":\"https://example.com/h\"}");

        assertThat(campaign.status()).isEqualTo(201);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(valid.status()).isEqualTo(500);
        assertThat(sandbox.inspect().webhooks()).hasSize(1);
    }

    @Test
    void aRuleTheContractRefusesStays400UnderEveryAfterCommitFault() {
        sandbox.faults().failAfterCommit("POST", RULES, 1).probability500AfterCommit(1.0);

        Reply reply = client.post(RULES, rule("camp_777777", "list_east"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).contains("camp_777777");
        assertThat(sandbox.inspect().dialerRules()).isEmpty();
        assertThat(sandbox.faults().failAfterCommit("POST", RULES)).isEqualTo(1);
    }

    @Test
    void probability500AfterCommitHitsOnlyMutatingRequestsAndKeepsTheirSideEffects() {
        sandbox.faults().probability500AfterCommit(1.0);

        Reply create = client.post("/api/v2/campaigns", SandboxClient.campaignJson("Committed", "PREDICTIVE"));
        String id = sandbox.inspect().campaigns().get(0).id();
        Reply update = client.put("/api/v2/outbound/campaigns/" + id, "{\"maxConcurrentCalls\":99}", "If-Match", "\"1\"");
        Reply list = client.get("/api/v2/campaigns");
        Reply byId = client.get("/api/v2/campaigns/" + id);
        Reply contacts = client.get("/api/v2/outbound/contactlists/list_east/contacts?limit=1&page=1");

        assertThat(create.status()).isEqualTo(500);
        assertThat(update.status()).isEqualTo(500);
        assertThat(List.of(list, byId, contacts)).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
        assertThat(sandbox.inspect().campaign(id).orElseThrow().version()).isEqualTo(2);
        assertThat(sandbox.inspect().requestCount("POST", "/api/v2/campaigns", 500)).isEqualTo(1);
        assertThat(sandbox.inspect().requestCount("PUT", "/api/v2/outbound/campaigns/{id}", 500)).isEqualTo(1);
    }

    @Test
    void probability500AfterCommitFollowsTheSeed() {
        List<Integer> first = mutatingStatuses(11);
        List<Integer> second = mutatingStatuses(11);
        List<Integer> otherSeed = mutatingStatuses(12);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first).contains(201, 500);
    }

    @Test
    void probability500AfterCommitLeavesTheSeededRandomFaultsAsTheyWere() {
        FaultSettings faults = FaultSettings.none().probability500(0.2).probability503(0.2).probability500AfterCommit(0.5);

        Run run = run(faults);

        assertThat(run.afterCommit500s()).isPositive();
        assertThat(run.statuses()).isEqualTo(randomFaultsOfTheSeed(11, 0.2, 0.2)).contains(200, 201, 500, 503);
    }

    /** Statuses of 40 webhook registrations against a fresh sandbox with the seed; every one must be saved. */
    private static List<Integer> mutatingStatuses(long seed) {
        FaultSettings faults = FaultSettings.none().probability500AfterCommit(0.3);
        try (CxoneSandbox seeded = CxoneSandbox.builder().seed(seed).faults(faults).start()) {
            SandboxClient seededClient = SandboxClient.connect(seeded);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                statuses.add(seededClient.post(WEBHOOKS, "{\"eventFilter\":\"e" + i + "\",\"uri\":\"https://example.com/h\"}").status());
            }
            assertThat(seeded.inspect().webhooks()).hasSize(40);
            return statuses;
        }
    }

    /**
     * Statuses of reads interleaved with writes under seed 11, an after-commit 500 written as the 201 it replaced:
     * the writes take after-commit draws, which must not shift the random faults of any request.
     */
    private static Run run(FaultSettings faults) {
        try (CxoneSandbox seeded = CxoneSandbox.builder().seed(11).faults(faults).start()) {
            SandboxClient seededClient = SandboxClient.connect(seeded);
            List<Integer> statuses = new ArrayList<>();
            int afterCommit500s = 0;
            for (int i = 0; i < 40; i++) {
                statuses.add(seededClient.get("/api/v2/campaigns").status());
                Reply write = seededClient.post(WEBHOOKS, "{\"eventFilter\":\"e" + i + "\",\"uri\":\"https://example.com/h\"}");
                boolean afterCommit = write.text("message").contains("after the change was saved");
                afterCommit500s += afterCommit ? 1 : 0;
                statuses.add(afterCommit ? 201 : write.status());
            }
            return new Run(statuses, afterCommit500s);
        }
    }

    /**
     * What {@link #run} must see when the random faults keep the draws they had before after-commit faults
     * existed: the n-th authenticated call gets {@code unit(hash(seed, 0x0FA17, n))}.
     */
    private static List<Integer> randomFaultsOfTheSeed(long seed, double p500, double p503) {
        List<Integer> statuses = new ArrayList<>();
        for (int n = 1; n <= 80; n++) {
            double draw = Mix.unit(Mix.hash(seed, 0x0FA17L, n));
            statuses.add(draw < p500 ? 500 : draw < p500 + p503 ? 503 : n % 2 == 1 ? 200 : 201);
        }
        return statuses;
    }

    private record Run(List<Integer> statuses, int afterCommit500s) {
    }

    private static String rule(String campaignId, String listId) {
        return "{\"campaignId\":\"" + campaignId + "\",\"ruleType\":\"PREDICTIVE\",\"targetListId\":\"" + listId + "\"}";
    }
}
