package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationIT {

    private static final Duration DELAY = Duration.ofMillis(150);

    @Test
    void activationGoesFromDraftThroughActivatingToActiveAfterTheDelay() throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().activationDelay(DELAY).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Activate me", "PREDICTIVE");

            Reply activate = client.post("/api/v2/campaigns/" + id + "/activate", "");

            assertThat(activate.status()).isEqualTo(202);
            assertThat(activate.text("status")).isEqualTo("ACTIVATING");
            assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("ACTIVATING");
            Thread.sleep(DELAY.toMillis() + 50);
            assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void aScheduledCampaignActivatesToo() throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().activationDelay(Duration.ZERO).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.post("/api/v2/campaigns", "{\"name\":\"S\",\"type\":\"PREDICTIVE\",\"status\":\"SCHEDULED\"}").text("id");

            assertThat(client.post("/api/v2/campaigns/" + id + "/activate", "").status()).isEqualTo(202);
            Thread.sleep(5);
            assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void activatingAnActivatingOrActiveCampaignChangesNothing() throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().activationDelay(DELAY).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Twice activated", "PROGRESSIVE");
            client.post("/api/v2/campaigns/" + id + "/activate", "");

            Reply whileActivating = client.post("/api/v2/campaigns/" + id + "/activate", "");
            Thread.sleep(DELAY.toMillis() + 50);
            Reply whenActive = client.post("/api/v2/campaigns/" + id + "/activate", "");

            assertThat(whileActivating.status()).isEqualTo(200);
            assertThat(whileActivating.text("status")).isEqualTo("ACTIVATING");
            assertThat(whenActive.status()).isEqualTo(200);
            assertThat(whenActive.text("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void failedActivationIsTerminalAndCannotBeActivatedAgain() throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().activationDelay(Duration.ZERO).activationFailureRate(1.0).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Doomed", "PREDICTIVE");
            client.post("/api/v2/campaigns/" + id + "/activate", "");
            Thread.sleep(5);

            assertThat(client.get("/api/v2/campaigns/" + id).text("status")).isEqualTo("FAILED");
            Reply again = client.post("/api/v2/campaigns/" + id + "/activate", "");
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.text("message")).contains("FAILED");
        }
    }

    @Test
    void failureRateDecidesTheSameCampaignsOnEveryRunWithTheSameSeed() throws InterruptedException {
        List<String> first = outcomes(7);
        List<String> second = outcomes(7);

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("ACTIVE", "FAILED");
    }

    @Test
    void previewActivationBeyondTheLicensedLimitIsRefusedNamingTheLimit() {
        EngineLimits limits = EngineLimits.defaults().withLicensedConcurrentPreviews(2);
        try (CxoneSandbox sandbox = CxoneSandbox.builder().engineLimits(limits).activationDelay(DELAY).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String predictive = client.createCampaign("Not a preview", "PREDICTIVE");
            List<String> previews = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                previews.add(client.createCampaign("Preview " + i, "PREVIEW"));
            }

            assertThat(client.post("/api/v2/campaigns/" + previews.get(0) + "/activate", "").status()).isEqualTo(202);
            assertThat(client.post("/api/v2/campaigns/" + previews.get(1) + "/activate", "").status()).isEqualTo(202);
            Reply third = client.post("/api/v2/campaigns/" + previews.get(2) + "/activate", "");

            assertThat(third.status()).isEqualTo(422);
            assertThat(third.text("message")).contains("limit of 2");
            assertThat(client.get("/api/v2/campaigns/" + previews.get(2)).text("status")).isEqualTo("DRAFT");
            assertThat(client.post("/api/v2/campaigns/" + predictive + "/activate", "").status()).isEqualTo(202);
            Reply active = client.get("/api/v2/outbound/campaigns?type=preview&status=active&limit=1000");
            assertThat(active.json().path("entity").values()).extracting(node -> node.path("id").asString())
                    .containsExactlyInAnyOrder(previews.get(0), previews.get(1));
        }
    }

    @Test
    void activatingAnUnknownCampaignAnswersNotFound() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            assertThat(SandboxClient.connect(sandbox).post("/api/v2/campaigns/camp_424242/activate", "").status()).isEqualTo(404);
        }
    }

    private static List<String> outcomes(long seed) throws InterruptedException {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().seed(seed).activationDelay(Duration.ZERO).activationFailureRate(0.5).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String id = client.createCampaign("Coin " + i, "PREDICTIVE");
                client.post("/api/v2/campaigns/" + id + "/activate", "");
                ids.add(id);
            }
            Thread.sleep(5);
            return ids.stream().map(id -> client.get("/api/v2/campaigns/" + id).text("status")).toList();
        }
    }
}
