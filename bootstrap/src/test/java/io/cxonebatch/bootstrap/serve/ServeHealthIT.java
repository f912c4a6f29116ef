package io.cxonebatch.bootstrap.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** The daemon's health: CXone through its token endpoint (sparingly: it spends the tenant's budget) and Quartz. */
class ServeHealthIT {

    @TempDir
    Path dataDir;

    private static Health health(ConfigurableApplicationContext context, String name) {
        return context.getBean(name, HealthIndicator.class).health();
    }

    @Test
    void cxoneIsUpWhileItsTokenEndpointAnswersDownWhenItDoesNotAndAskedAtMostOncePerInterval() throws Exception {
        try (CxoneSandbox sandbox = JobHarness.sandbox().start();
                JobHarness harness = new JobHarness(sandbox, dataDir).with("cxone-batch.serve", true)
                        .with("spring.quartz.auto-startup", true).with("cxone-batch.health.cxone-interval", "0s");
                ConfigurableApplicationContext context = harness.start()) {
            long tokensBefore = sandbox.inspect().tokenRequests();

            Health up = health(context, "cxoneHealthIndicator");

            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(sandbox.inspect().tokenRequests() - tokensBefore).isEqualTo(1);
            sandbox.faults().outage(true);
            Health down = health(context, "cxoneHealthIndicator");
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails().get("tokenEndpoint").toString()).contains("503");
            sandbox.faults().outage(false);

            Health quartz = health(context, "quartzHealthIndicator");
            assertThat(quartz.getStatus()).isEqualTo(Status.UP);
            assertThat(quartz.getDetails()).containsEntry("clustered", true);
        }
    }

    @Test
    void betweenChecksTheLastAnswerIsReportedWithoutAskingCxoneAgain() throws Exception {
        try (CxoneSandbox sandbox = JobHarness.sandbox().start();
                JobHarness harness = new JobHarness(sandbox, dataDir).with("cxone-batch.serve", true);
                ConfigurableApplicationContext context = harness.start()) {
            long tokensBefore = sandbox.inspect().tokenRequests();

            health(context, "cxoneHealthIndicator");
            health(context, "cxoneHealthIndicator");
            Health third = health(context, "cxoneHealthIndicator");

            assertThat(third.getStatus()).isEqualTo(Status.UP);
            assertThat(sandbox.inspect().tokenRequests() - tokensBefore).as("one request a minute at most").isEqualTo(1);
            assertThat(health(context, "quartzHealthIndicator").getStatus()).as("Quartz not started: not healthy")
                    .isEqualTo(Status.DOWN);
        }
    }
}
