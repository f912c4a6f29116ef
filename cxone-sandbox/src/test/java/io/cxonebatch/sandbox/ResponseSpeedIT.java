package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResponseSpeedIT {

    @Test
    void answersTwoThousandSequentialAuthenticatedReadsWithoutTheFortyMillisecondStall() {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Fast", "PREDICTIVE");
            long[] nanos = new long[2_000];

            assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
                for (int i = 0; i < nanos.length; i++) {
                    long started = System.nanoTime();
                    Reply reply = client.get("/api/v2/campaigns/" + id);
                    nanos[i] = System.nanoTime() - started;
                    assertThat(reply.status()).isEqualTo(200);
                }
            });

            Arrays.sort(nanos);
            assertThat(nanos[nanos.length / 2]).as("median nanoseconds").isLessThan(5_000_000L);
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        }
    }
}
