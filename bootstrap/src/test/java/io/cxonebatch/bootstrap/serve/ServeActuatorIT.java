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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The daemon's Actuator over real HTTP: health with its cxone and quartz parts, and the Prometheus scrape. */
class ServeActuatorIT {

    @TempDir
    Path dataDir;

    @Test
    void healthNamesCxoneAndQuartzAndPrometheusShowsTheClientsCallsByEndpointAndStatus() throws Exception {
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
            assertThat(http.send(HttpRequest.newBuilder(base.resolve("/api/jobs")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("no admin API unless cxone-batch.api.enabled").isEqualTo(404);
        }
    }
}
