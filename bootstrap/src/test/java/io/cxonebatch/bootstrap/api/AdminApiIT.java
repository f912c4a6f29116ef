package io.cxonebatch.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.bootstrap.cli.CxoneBatchCli;
import io.cxonebatch.bootstrap.cli.ExitCodes;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API over real HTTP, on the daemon's web server (loopback, a free port) with a sandbox of its own: who may
 * call it, launching and following runs, stopping and restarting one, its refusals as problem details, and the report
 * files it serves and those it never serves.
 */
class AdminApiIT {

    private static final String TOKEN = "admin-api-test-token";
    private static final String PASSWORD = "admin-api-test-password";
    private static final String CREATE = "/api/v2/campaigns";
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;

    private static CxoneSandbox sandbox;
    private static JobHarness harness;
    private static ConfigurableApplicationContext context;
    private static int port;
    private static URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** One daemon for every test: each launches what it needs and looks only at its own executions. */
    @BeforeAll
    static void start() {
        sandbox = JobHarness.sandbox().start();
        harness = new JobHarness(sandbox, dataDir).with("cxone-batch.serve", true).with("spring.main.web-application-type", "servlet")
                .with("server.port", 0).with("cxone-batch.api.enabled", true).with("cxone-batch.api.token", TOKEN)
                .with("cxone-batch.api.password", PASSWORD).with("cxone-batch.provisioning.concurrency", 1);
        context = harness.start(WebApplicationType.SERVLET);
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        base = URI.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    static void stop() {
        context.close();
        harness.close();
        sandbox.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The path as given, dot segments and escapes included: the client sends it as it is. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).header("Authorization", "Bearer " + TOKEN);
    }

    private HttpRequest.Builder post(String path, String body) {
        return request(path).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private long launch(String job, String parameters) throws Exception {
        HttpResponse<String> launched = send(post("/api/jobs/" + job + "/executions", "{\"parameters\": " + parameters + "}"));
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
        return body(launched).path("id").asLong();
    }

    /** Polls the execution until it has ended, as a client of the API would. */
    private JsonNode ended(long id) throws Exception {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (true) {
            HttpResponse<String> response = send(get("/api/executions/" + id));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode execution = body(response);
            if (!execution.path("endTime").isNull() && !execution.path("endTime").isMissingNode()) {
                return execution;
            }
            assertThat(System.nanoTime()).as("execution %d ended in time: %s", id, execution).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains(detail);
    }

    @Test
    void everyApiCallNeedsTheTokenOrThePasswordWhileHealthStaysOpen() throws Exception {
        long instancesBefore = harness.jdbc().sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single();

        HttpResponse<String> none = send(request("/api/jobs"));
        HttpResponse<String> wrongToken = send(request("/api/jobs").header("Authorization", "Bearer " + TOKEN + "x"));
        HttpResponse<String> wrongPassword = send(request("/api/jobs").header("Authorization", basic("operator", "nope")));
        HttpResponse<String> launch = send(request("/api/jobs/" + MonitorJob.NAME + "/executions")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));

        assertProblem(none, 401, "bearer token");
        assertThat(none.headers().allValues("WWW-Authenticate")).containsExactlyInAnyOrder("Bearer realm=\"cxone-batch\"",
                "Basic realm=\"cxone-batch\", charset=\"UTF-8\"");
        assertProblem(wrongToken, 401, "bearer token");
        assertProblem(wrongPassword, 401, "bearer token");
        assertThat(launch.statusCode()).isEqualTo(401);
        assertThat(harness.jdbc().sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single()).as("nothing launched")
                .isEqualTo(instancesBefore);
        assertThat(send(request("/%61pi/jobs")).statusCode()).as("the path spelled otherwise").isEqualTo(401);
        assertThat(send(request("/api/no-such-endpoint")).statusCode()).as("unknown paths too").isEqualTo(401);
        assertThat(send(request("/api/jobs").header("Authorization", basic("operator", PASSWORD))).statusCode()).isEqualTo(200);
        HttpResponse<String> health = send(request("/actuator/health"));
        assertThat(health.statusCode()).as(health.body()).isNotEqualTo(401);
        assertThat(health.body()).contains("\"status\"");
    }

    @Test
    void launchesTheMonitorFollowsItToTheEndListsItAndRefusesToStopOrRestartItOnceComplete() throws Exception {
        HttpResponse<String> launched = send(post("/api/jobs/" + MonitorJob.NAME + "/executions", "{\"parameters\": {}}"));

        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
        JsonNode accepted = body(launched);
        long first = accepted.path("id").asLong();
        assertThat(launched.headers().firstValue("Location")).hasValue("/api/executions/" + first);
        assertThat(accepted.path("job").asString()).isEqualTo(MonitorJob.NAME);
        assertThat(accepted.path("launchedBy").asString()).isEqualTo("api:token");
        assertThat(accepted.path("parameters").path("launched.by").asString()).isEqualTo("api:token");

        JsonNode done = ended(first);
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.path("exitCode").asString()).isEqualTo("COMPLETED");
        assertThat(OffsetDateTime.parse(done.path("startTime").asString())).as("an instant, with its offset").isNotNull();
        assertThat(done.path("steps").size()).isPositive();
        assertThat(done.path("steps").get(0).has("readCount")).isTrue();
        assertThat(done.path("steps").get(0).has("skipCount")).isTrue();
        assertThat(done.path("counts").path("rejected").isNumber()).as(done.toString()).isTrue();
        assertThat(done.path("summary").size()).isPositive();

        HttpResponse<String> byPassword = send(request("/api/jobs/" + MonitorJob.NAME + "/executions")
                .header("Authorization", basic("operator", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(byPassword.statusCode()).as("no body: no parameters. " + byPassword.body()).isEqualTo(202);
        long second = body(byPassword).path("id").asLong();
        assertThat(ended(second).path("launchedBy").asString()).isEqualTo("api:operator");

        JsonNode jobs = body(send(get("/api/jobs")));
        List<String> names = new ArrayList<>();
        jobs.forEach(job -> names.add(job.path("name").asString()));
        assertThat(names).contains(MonitorJob.NAME, AdherenceJob.NAME, ProvisioningJob.NAME);
        jobs.forEach(job -> {
            if (job.path("name").asString().equals(MonitorJob.NAME)) {
                assertThat(job.path("lastExecution").path("id").asLong()).isEqualTo(second);
                assertThat(job.path("lastExecution").path("status").asString()).isEqualTo("COMPLETED");
            }
        });
        JsonNode recent = body(send(get("/api/executions?job=" + MonitorJob.NAME + "&limit=2")));
        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.get(0).path("id").asLong()).as("newest first").isEqualTo(second);
        assertThat(recent.get(1).path("id").asLong()).isEqualTo(first);
        assertThat(body(send(get("/api/executions?limit=1"))).size()).isEqualTo(1);

        assertProblem(send(post("/api/executions/" + first + "/stop", "")), 409, "not running");
        assertProblem(send(post("/api/executions/" + first + "/restart", "")), 409, "COMPLETED");
    }

    @Test
    void refusalsAreProblemDetailsWithTheReason() throws Exception {
        assertProblem(send(post("/api/jobs/no-such-job/executions", "{\"parameters\": {}}")), 404, "Unknown job 'no-such-job'");
        assertProblem(send(get("/api/executions/987654")), 404, "No job execution 987654");
        assertProblem(send(get("/api/executions/987654/reports")), 404, "No job execution 987654");
        assertProblem(send(get("/api/executions?job=no-such-job")), 404, "no-such-job");
        assertProblem(send(post("/api/jobs/" + MonitorJob.NAME + "/executions", "{\"parameters\": {\"plan\": \"x.csv\"}}")), 400,
                "has no parameter 'plan'");
        assertProblem(send(post("/api/jobs/" + AdherenceJob.NAME + "/executions", "{\"parameters\": {\"date\": \"yesterday\"}}")), 400,
                "is not a date");
        assertProblem(send(post("/api/jobs/" + MonitorJob.NAME + "/executions", "{\"parameters\": ")), 400, "\"detail\"");
        assertProblem(send(post("/api/jobs/" + MonitorJob.NAME + "/executions", "{\"params\": {}}")), 400,
                "send no body for a run without parameters");
        assertProblem(send(get("/api/executions?limit=0")), 400, "limit=0");
        assertProblem(send(get("/api/executions/abc")), 400, "\"detail\"");
    }

    @Test
    void servesTheAdherenceReportsCsvAndHtmlFiles() throws Exception {
        long id = launch(AdherenceJob.NAME, "{\"date\": \"2027-02-01\"}");
        assertThat(ended(id).path("status").asString()).isEqualTo("COMPLETED");

        JsonNode reports = body(send(get("/api/executions/" + id + "/reports")));

        assertThat(reports.size()).as(reports.toString()).isEqualTo(2);
        JsonNode csv = reports.get(0);
        JsonNode html = reports.get(1);
        assertThat(csv.path("name").asString()).startsWith(AdherenceJob.NAME + "-2027-02-01-").endsWith(".csv");
        assertThat(csv.path("mediaType").asString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(html.path("name").asString()).endsWith(".html");
        HttpResponse<String> csvFile = send(get(csv.path("href").asString()));
        HttpResponse<String> htmlFile = send(get(html.path("href").asString()));
        assertThat(csvFile.statusCode()).isEqualTo(200);
        assertThat(csvFile.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csvFile.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("inline").contains(csv.path("name").asString()));
        assertThat(csvFile.body()).isEqualTo(Files.readString(harness.dataDir.resolve("reports").resolve(csv.path("name").asString())));
        assertThat(csv.path("bytes").asLong()).isEqualTo(csvFile.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(htmlFile.statusCode()).isEqualTo(200);
        assertThat(htmlFile.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(htmlFile.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("sandbox"));
        assertThat(htmlFile.body()).contains("<html").contains("2027-02-01");
    }

    @Test
    void servesNothingButTheExecutionsOwnFilesInTheReportsDirectory() throws Exception {
        long id = launch(MonitorJob.NAME, "{}");
        assertThat(ended(id).path("status").asString()).isEqualTo("COMPLETED");
        Path reports = harness.dataDir.resolve("reports");
        Files.writeString(harness.dataDir.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(reports.resolve("stray.csv"), "STRAY");
        String own = body(send(get("/api/executions/" + id + "/reports"))).get(0).path("name").asString();
        assertThat(send(get("/api/executions/" + id + "/reports/" + own)).statusCode()).isEqualTo(200);

        for (String name : List.of("..%2Fsecret.txt", "..%2F..%2Fsecret.txt", "%2E%2E%2Fsecret.txt", "..%5Csecret.txt", "..%252Fsecret.txt",
                "secret.txt", "stray.csv", own + "%2F..%2F..%2Fsecret.txt")) {
            HttpResponse<String> response = send(get("/api/executions/" + id + "/reports/" + name));
            assertThat(response.statusCode()).as(name + ": " + response.body()).isIn(400, 404);
            assertThat(response.body()).as(name).doesNotContain("TOP SECRET", "STRAY");
        }
        HttpResponse<String> dotted = send(get("/api/executions/" + id + "/reports/../../../../secret.txt"));
        assertThat(dotted.body()).doesNotContain("TOP SECRET");
    }

    @Test
    void stopsARunningExecutionRefusesASecondRunMeanwhileAndRestartsItWhereItStopped() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            rows.add(String.format("API-%03d,Api campaign %03d,PROGRESSIVE,OUTBOUND_SALES,America/New_York,2027-01-04T08:00,"
                    + "2027-01-04T17:00,,,,,queue_api_%d,,,false", n, n, n));
        }
        Path plan = TrackedCampaigns.file(dataDir.resolve("api-plan.csv"), TrackedCampaigns.HEADER, rows);
        // Slow enough that the stop lands mid-run, whatever the machine.
        sandbox.faults().latencyMillis(250);
        long id;
        try {
            id = launch(ProvisioningJob.NAME, "{\"plan\": " + json.writeValueAsString(plan.toString()) + "}");
            long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
            while (sandbox.inspect().requestCount("POST", CREATE, 201) < 1) {
                assertThat(System.nanoTime()).as("a first campaign created in time").isLessThan(deadline);
                Thread.sleep(20);
            }

            assertProblem(send(post("/api/jobs/" + ProvisioningJob.NAME + "/executions",
                    "{\"parameters\": {\"plan\": " + json.writeValueAsString(plan.toString()) + "}}")), 409, "already running");
            assertProblem(send(post("/api/executions/" + id + "/restart", "")), 409, "already running");
            HttpResponse<String> stop = send(post("/api/executions/" + id + "/stop", ""));
            assertThat(stop.statusCode()).as(stop.body()).isEqualTo(202);
            assertThat(body(stop).path("status").asString()).as("stopping, or already stopped").isIn("STOPPING", "STOPPED");
            assertThat(ended(id).path("status").asString()).isEqualTo("STOPPED");
        } finally {
            sandbox.faults().latencyMillis(0);
        }
        assertThat(sandbox.inspect().requestCount("POST", CREATE, 201)).as("stopped before the end").isLessThan(rows.size());

        HttpResponse<String> restart = send(post("/api/executions/" + id + "/restart", ""));

        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
        long restarted = body(restart).path("id").asLong();
        assertThat(restarted).isNotEqualTo(id);
        assertThat(restart.headers().firstValue("Location")).hasValue("/api/executions/" + restarted);
        JsonNode finished = ended(restarted);
        assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("COMPLETED");
        assertThat(finished.path("counts").path("done").asLong() + finished.path("counts").path("alreadyDone").asLong())
                .isEqualTo(rows.size());
        assertThat(sandbox.inspect().campaigns()).hasSize(rows.size());
        assertThat(harness.jdbc().sql("SELECT restarted_by_kind || ':' || restarted_by FROM audit_job_runs WHERE job_execution_id = ?")
                .param(restarted).query(String.class).single()).as("who resumed the run").isEqualTo("api:token");
    }

    @Test
    void listensOnTheLoopbackInterfaceByDefault() throws Exception {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        Optional<InetAddress> other = otherAddress();
        assumeTrue(other.isPresent(), "this machine has an address other than loopback");

        assertThatThrownBy(() -> new Socket(other.get(), port).close()).isInstanceOf(ConnectException.class);
    }

    private static Optional<InetAddress> otherAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(network -> {
            try {
                return network.isUp() && !network.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(address -> address instanceof Inet4Address).findFirst();
    }

    @Test
    void serveRefusesToStartWithTheApiAndNoCredentials() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CxoneBatchCli
                .commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("serve", "--api", "--port", "0", "--data-dir", dataDir.resolve("refused").toString(),
                        "-Dspring.datasource.url=" + harness.database.jdbcUrl(),
                        "-Dspring.datasource.username=" + harness.database.username(),
                        "-Dspring.datasource.password=" + harness.database.password(),
                        "-Dcxone.base-url=" + sandbox.baseUrl(), "-Dcxone.client-id=" + JobHarness.CLIENT_ID,
                        "-Dcxone.client-secret=" + JobHarness.CLIENT_SECRET));

        assertThat(exit).as(out + "\n" + err).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString()).contains("cxone-batch.api.token", "cxone-batch.api.password");
    }
}
