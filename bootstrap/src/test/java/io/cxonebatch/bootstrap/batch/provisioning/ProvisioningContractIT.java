package io.cxonebatch.bootstrap.batch.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The job against a sandbox as strict as the contract and at the product's real settings: short-lived tokens at the
 * default rate limit, servers that save and then answer 500, outages in the middle of a run.
 */
class ProvisioningContractIT {

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private ProvisioningHarness harness;

    private void start(CxoneSandbox.Builder builder) {
        sandbox = builder.port(0).clientId(ProvisioningJobIT.CLIENT_ID).clientSecret(ProvisioningJobIT.CLIENT_SECRET)
                .activationDelay(Duration.ofMillis(50)).start();
        harness = new ProvisioningHarness(sandbox, dataDir).with("cxone-batch.provisioning.preview-webhook-uri", ProvisioningJobIT.WEBHOOK_URI);
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** Starts a run of the plan in the background and returns once CXone holds {@code campaigns} of its campaigns. */
    private CompletableFuture<JobExecution> startAndAwaitCampaigns(Path plan, int campaigns) throws InterruptedException {
        CompletableFuture<JobExecution> run = CompletableFuture.supplyAsync(() -> {
            try {
                return harness.run(Map.of("plan", plan.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sandbox.inspect().campaigns().size() < campaigns && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return run;
    }

    @Test
    void fiveSecondTokensAtTheDefaultHundredAMinuteWithEightThreadsProvisionEveryRowWithoutA401() throws Exception {
        start(CxoneSandbox.builder().tokenLifetime(Duration.ofSeconds(5)));
        harness.atProductRateLimit().with("cxone-batch.provisioning.concurrency", 8);
        Path plan = PlanFiles.write(dataDir.resolve("forty.csv"), 40);

        JobExecution execution = harness.run(Map.of("plan", plan.toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.statuses(execution).values()).hasSize(40).containsOnly("PROVISIONED");
        assertThat(sandbox.inspect().requestCount(401)).as("no token was sent stale").isZero();
        assertThat(sandbox.inspect().campaigns()).hasSize(40);
    }

    @Test
    void aRulePostThatCxoneSavedButAnsweredWith500IsNotSentAgain() throws Exception {
        start(CxoneSandbox.builder());
        sandbox.faults().failAfterCommit("POST", "/api/v2/campaign-dialer-rules", 1);
        Path plan = PlanFiles.write(dataDir.resolve("three.csv"), 3);

        JobExecution execution = harness.run(Map.of("plan", plan.toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.statuses(execution).values()).containsOnly("PROVISIONED");
        assertThat(sandbox.inspect().dialerRulesPerCampaign().values()).containsExactlyInAnyOrder(1, 0, 0);
        assertThat(sandbox.inspect().requestCount("POST", "/api/v2/campaign-dialer-rules")).isEqualTo(1);
        assertThat(harness.auditCount(execution, "DIALER_RULE_ATTACHED", "UNKNOWN")).isEqualTo(1);
        assertThat(harness.auditCount(execution, "DIALER_RULE_ATTACHED", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aWebhookPostThatCxoneSavedButAnsweredWith500IsNeverSentAgainAndTheSummarySaysSo() throws Exception {
        start(CxoneSandbox.builder());
        sandbox.faults().failAfterCommit("POST", "/api/v2/webhooks", 1);
        Path plan = Path.of("../examples/campaign-plan.csv");

        JobExecution first = harness.run(Map.of("plan", plan.toString()));
        JobExecution second = harness.run(Map.of("plan", plan.toString()));

        assertThat(sandbox.inspect().webhooks()).hasSize(1);
        assertThat(sandbox.inspect().requestCount("POST", "/api/v2/webhooks")).isEqualTo(1);
        assertThat(JobOutcome.of(first).summaryLines()).anySatisfy(line -> assertThat(line).contains("preview webhook UNCONFIRMED"));
        assertThat(JobOutcome.of(second).summaryLines()).anySatisfy(line -> assertThat(line).contains("preview webhook UNCONFIRMED"));
    }

    @Test
    void aRerunOfAProvisionedPlanReadsTheListingOnceAndSendsNothingElse() throws Exception {
        start(CxoneSandbox.builder());
        Path plan = PlanFiles.write(dataDir.resolve("thirty.csv"), 30);
        harness.run(Map.of("plan", plan.toString()));
        long before = sandbox.inspect().totalRequests();

        JobExecution again = harness.run(Map.of("plan", plan.toString()));

        assertThat(harness.statuses(again).values()).containsOnly("ALREADY_PRESENT");
        assertThat(sandbox.inspect().totalRequests() - before).as("a token and one page of the listing").isEqualTo(2);
    }

    @Test
    void anOutageMidRunTurnsNoRowIntoFailedAndPastItsBudgetStopsTheRunForARestart() throws Exception {
        start(CxoneSandbox.builder());
        sandbox.faults().latencyMillis(20);
        harness.with("cxone-batch.provisioning.outage-budget", "2s").with("cxone.circuit-breaker-wait-in-open-state", "500ms");
        Path plan = PlanFiles.write(dataDir.resolve("sixty.csv"), 60);
        CompletableFuture<JobExecution> run = startAndAwaitCampaigns(plan, 10);
        sandbox.faults().outage(true);

        JobExecution failed = run.get(60, TimeUnit.SECONDS);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(JobOutcome.of(failed).failure()).contains("outage budget");
        assertThat(harness.statuses(failed).values()).doesNotContain("FAILED").contains("PENDING", "PROVISIONED");

        sandbox.faults().outage(false);
        JobExecution restarted = harness.restart(failed.getId());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.statuses(restarted).values()).hasSize(60).containsOnly("PROVISIONED");
        assertThat(sandbox.inspect().campaigns()).hasSize(60);
        assertThat(sandbox.inspect().dialerRulesPerCampaign().values()).allSatisfy(rules -> assertThat(rules).isLessThanOrEqualTo(1));
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
    }

    @Test
    void aShortOutageMidRunIsWaitedOutAndEveryRowIsProvisioned() throws Exception {
        start(CxoneSandbox.builder());
        sandbox.faults().latencyMillis(20);
        harness.with("cxone.circuit-breaker-wait-in-open-state", "500ms");
        Path plan = PlanFiles.write(dataDir.resolve("sixty.csv"), 60);
        CompletableFuture<JobExecution> run = startAndAwaitCampaigns(plan, 10);
        sandbox.faults().outage(true);
        Thread.sleep(3_000);
        sandbox.faults().outage(false);

        JobExecution execution = run.get(90, TimeUnit.SECONDS);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(harness.statuses(execution).values()).hasSize(60).containsOnly("PROVISIONED");
        assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
        assertThat(List.copyOf(sandbox.inspect().dialerRulesPerCampaign().values())).allSatisfy(rules -> assertThat(rules).isLessThanOrEqualTo(1));
    }
}
