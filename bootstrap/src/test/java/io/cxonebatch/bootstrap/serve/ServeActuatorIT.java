package io.cxonebatch.bootstrap.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The daemon's Actuator over real HTTP: health with its cxone and quartz parts, and the Prometheus scrape after one
 * run: the client's calls, the run's and its steps' timers, its items, the waits for rate-limit permits and the
 * circuit breaker's state.
 */
class ServeActuatorIT {

    @TempDir
    Path dataDir;

    @Test
    void healthNamesCxoneAndQuartzAndPrometheusShowsTheClientsCallsTheRunTheRateLimitAndTheBreaker() throws Exception {
        try (CxoneSandbox sandbox = JobHarness.sandbox().start();
                JobHarness harness = new JobHarness(sandbox, dataDir).with("cxone-batch.serve", true)
                        .with("spring.quartz.auto-startup", true).with("server.port", 0).with("server.address", "127.0.0.1").with("spring.main.web-application-type", "servlet")
                        .with("management.endpoints.web.exposure.include", "health,prometheus")
                        .with("management.endpoint.health.show-components", "always");
                ConfigurableApplicationContext context = harness.start(WebApplicationType.SERVLET)) {
            context.getBean(JobRunner.class).start(MonitorJob.NAME, Map.of());
            assertThat(context).isInstanceOf(WebServerApplicationContext.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> prometheus = http.send(HttpRequest.newBuilder(base.resolve("/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"cxone\"", "\"quartz\"", "\"db\"").contains("\"status\":\"UP\"");
            assertThat(prometheus.statusCode()).isEqualTo(200);
            assertThat(prometheus.body()).contains("cxone_client_requests_seconds_count").contains("status=\"200\"");
            List<String> samples = prometheus.body().lines().filter(line -> !line.startsWith("#")).toList();
            assertThat(samples).as("the run's timer").anyMatch(sample("spring_batch_job_seconds_count",
                    "spring_batch_job_name=\"campaign-status-monitor\"", "spring_batch_job_status=\"COMPLETED\""));
            assertThat(samples).as("its steps' timers").anyMatch(sample("spring_batch_step_seconds_count",
                    "spring_batch_step_job_name=\"campaign-status-monitor\"", "spring_batch_step_name=\"listing\""));
            assertThat(samples).as("its items").anyMatch(sample("cxone_batch_job_items_total",
                    "job=\"campaign-status-monitor\"", "outcome=\"rejected\""));
            assertThat(samples).as("the waits for permits of the tenant's shared budget")
                    .anyMatch(sample("cxone_client_permit_wait_seconds_count", "scope=\"tenant\""));
            assertThat(samples).as("the breaker, closed").anyMatch(sample("resilience4j_circuitbreaker_state",
                    "state=\"closed\"").and(line -> line.endsWith(" 1.0")));
            assertThat(http.send(HttpRequest.newBuilder(base.resolve("/api/jobs")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("no admin API unless cxone-batch.api.enabled").isEqualTo(404);
        }
    }

    /** A sample of the metric with all these labels, whatever its other labels and their order. */
    private static Predicate<String> sample(String metric, String... labels) {
        return line -> line.startsWith(metric + "{") && Arrays.stream(labels).allMatch(line::contains);
    }
}
