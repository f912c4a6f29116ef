package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RateLimitIT {

    @ParameterizedTest
    @EnumSource(RateLimitWindow.class)
    void answersTooManyRequestsOnceAClientUsedItsRequestsOfTheMinute(RateLimitWindow window) {
        FaultSettings faults = FaultSettings.none().rateLimitPerMinute(5).rateLimitWindow(window);
        try (CxoneSandbox sandbox = CxoneSandbox.builder().faults(faults).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            for (int i = 0; i < 5; i++) {
                assertThat(client.post("/api/v2/campaigns", SandboxClient.campaignJson("Limited " + i, "PREDICTIVE")).status())
                        .isEqualTo(201);
            }

            Reply limited = client.post("/api/v2/campaigns", SandboxClient.campaignJson("One too many", "PREDICTIVE"));

            assertThat(limited.status()).isEqualTo(429);
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
            assertThat(limited.text("message")).contains("5 requests per minute");
            assertThat(sandbox.inspect().campaigns()).hasSize(5);
        }
    }

    @Test
    void theLimitCountsPerClientSoEveryTokenOfTheClientSharesIt() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().faults(FaultSettings.none().rateLimitPerMinute(3)).start()) {
            SandboxClient first = SandboxClient.connect(sandbox);
            SandboxClient second = SandboxClient.connect(sandbox);
            first.get("/api/v2/campaigns");
            first.get("/api/v2/campaigns");
            second.get("/api/v2/campaigns");

            assertThat(second.get("/api/v2/campaigns").status()).isEqualTo(429);
            assertThat(first.get("/api/v2/campaigns").status()).isEqualTo(429);
        }
    }

    @Test
    void tokenCallsAreNotRateLimitedAndLiftingTheLimitLetsCallsThrough() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().faults(FaultSettings.none().rateLimitPerMinute(1)).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(200);
            assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(429);
            assertThat(SandboxClient.connect(sandbox).token()).isNotBlank();

            sandbox.faults().rateLimitPerMinute(0);

            assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(200);
        }
    }
}
