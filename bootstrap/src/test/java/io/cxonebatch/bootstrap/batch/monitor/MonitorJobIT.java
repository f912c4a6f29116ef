package io.cxonebatch.bootstrap.batch.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * campaign-status-monitor against the sandbox at the product's rate limit with five-second tokens, on campaigns
 * provisioned the way a user provisions them, then changed behind the project's back by another operator: moved on,
 * failed, deleted, and one the registry thinks COMPLETED that CXone reports ACTIVE.
 */
class MonitorJobIT {

    private static final String LISTING = "/api/v2/campaigns";
    private static final String BY_ID = "/api/v2/campaigns/{id}";

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private JobHarness harness;

    @BeforeEach
    void start() throws Exception {
        sandbox = JobHarness.sandbox().tokenLifetime(Duration.ofSeconds(5)).start();
        harness = new JobHarness(sandbox, dataDir);
        TrackedCampaigns.provision(harness, dataDir, 6, 0);
        harness.atProductRateLimit().with("cxone-batch.monitor.activation-budget", "2s");
    }

    @AfterEach
    void stop() {
        harness.close();
        sandbox.close();
    }

    private String id(int n) {
        return harness.jdbc().sql("SELECT campaign_id FROM known_campaign WHERE external_key = ?").param(TrackedCampaigns.predictiveKey(n))
                .query(String.class).single();
    }

    private List<String> events(JobExecution execution) {
        return harness.jdbc().sql("""
                        SELECT k.external_key || ' ' || t.kind || ' ' || t.from_status || '>' || coalesce(t.to_status, '-')
                        FROM campaign_status_transition t JOIN known_campaign k ON k.campaign_id = t.campaign_id
                        WHERE t.job_execution_id = ? ORDER BY k.external_key""")
                .param(execution.getId()).query(String.class).list();
    }

    private long requests(String route) {
        return sandbox.inspect().requestCount("GET", route);
    }

    @Test
    void recordsEachTransitionAnomalyAndMissingCampaignOnceReadingTheListingAndOnlyTheUnlistedById() throws Exception {
        sandbox.operator().setStatus(id(1), "ACTIVE");
        sandbox.operator().setStatus(id(2), "ACTIVATING");
        sandbox.operator().setStatus(id(3), "FAILED");
        sandbox.operator().delete(id(4));
        sandbox.operator().setStatus(id(6), "ACTIVE");
        harness.jdbc().sql("UPDATE known_campaign SET status = 'COMPLETED' WHERE external_key = ?")
                .param(TrackedCampaigns.predictiveKey(6)).update();
        long listingBefore = requests(LISTING);
        long byIdBefore = requests(BY_ID);

        JobExecution first = harness.run(MonitorJob.NAME, Map.of());

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(events(first)).containsExactly("PRED-0001 TRANSITION DRAFT>ACTIVE", "PRED-0002 TRANSITION DRAFT>ACTIVATING",
                "PRED-0003 TRANSITION DRAFT>FAILED", "PRED-0004 MISSING DRAFT>-", "PRED-0006 ANOMALY COMPLETED>ACTIVE");
        assertThat(requests(LISTING) - listingBefore).as("one page of the listing").isEqualTo(1);
        assertThat(requests(BY_ID) - byIdBefore).as("only the campaign the listing did not show, by id").isEqualTo(1);
        assertThat(sandbox.inspect().requestCount(401)).isZero();
        assertThat(sandbox.inspect().requestCount(429)).isZero();
        assertThat(harness.auditCount(first, "CAMPAIGN_STATUS_CHANGED")).isEqualTo(3);
        assertThat(harness.auditCount(first, "CAMPAIGN_MISSING")).isEqualTo(1);
        assertThat(harness.auditCount(first, "CAMPAIGN_STATUS_ANOMALY")).isEqualTo(1);
        assertThat(JobOutcome.of(first).summaryLines()).contains("  PRED-0003: DRAFT → FAILED (CXone gave no reason)")
                .anyMatch(line -> line.startsWith("  PRED-0004: MISSING, was DRAFT"))
                .anyMatch(line -> line.startsWith("  PRED-0006: ANOMALY COMPLETED → ACTIVE"))
                .anyMatch(line -> line.startsWith("Monitored 6 campaigns: 3 changed state, 1 anomalies, 1 missing, 0 activations overdue"));
        assertThat(JobOutcome.of(first).clean()).isFalse();

        Thread.sleep(2_500);
        JobExecution second = harness.run(MonitorJob.NAME, Map.of());

        assertThat(events(second)).containsExactly("PRED-0002 ACTIVATION_OVERDUE ACTIVATING>ACTIVATING");
        assertThat(requests(BY_ID) - byIdBefore).as("a missing campaign is not read again").isEqualTo(1);
        assertThat(harness.auditCount(second, "ACTIVATION_OVERDUE", "TIMEOUT")).isEqualTo(1);

        JobExecution third = harness.run(MonitorJob.NAME, Map.of());

        assertThat(events(third)).as("an overdue activation is flagged once").isEmpty();
        assertThat(JobOutcome.of(third).clean()).isTrue();
    }

    @Test
    void aRunThatFailsWhileCxoneIsDownIsFinishedByARestartWithEachTransitionRecordedOnce() throws Exception {
        sandbox.operator().setStatus(id(1), "ACTIVE");
        sandbox.faults().outage(true);

        JobExecution failed = harness.run(MonitorJob.NAME, Map.of());

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        sandbox.faults().outage(false);
        JobExecution restarted = harness.restart(failed.getId());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.jdbc().sql("SELECT count(*) FROM campaign_status_transition WHERE kind = 'TRANSITION'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(JobOutcome.of(restarted).summaryLines()).contains("  PRED-0001: DRAFT → ACTIVE");
    }

    @Test
    void aCampaignSomeoneElseCreatedIsMonitoredOnceTheRegistryKnowsIt() throws Exception {
        String id = createElsewhere("Made in the console");
        harness.jdbc().sql("""
                INSERT INTO known_campaign (external_key, campaign_id, name, type, status, timezone, window_start, window_end,
                                            status_observed_at)
                VALUES ('CONSOLE-1', ?, 'Made in the console', 'PREDICTIVE', 'DRAFT', 'America/New_York',
                        '2027-03-01T13:00:00Z', '2027-03-01T22:00:00Z', now())""").param(id).update();
        sandbox.operator().setStatus(id, "CANCELED");

        JobExecution execution = harness.run(MonitorJob.NAME, Map.of());

        assertThat(events(execution)).containsExactly("CONSOLE-1 TRANSITION DRAFT>CANCELED");
    }

    /** A campaign created straight through CXone's API, as another tool or the console would. */
    private String createElsewhere(String name) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((JobHarness.CLIENT_ID + ":" + JobHarness.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/oauth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/api/v2/campaigns"))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"PREDICTIVE\",\"status\":\"DRAFT\","
                        + "\"skills\":[\"S\"],\"startDate\":\"2027-03-01T08:00:00-05:00\",\"endDate\":\"2027-03-01T17:00:00-05:00\","
                        + "\"timezone\":\"America/New_York\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
