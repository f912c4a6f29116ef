package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded jar the build leaves at target/cxone-sandbox.jar as a separate process. */
class SandboxMainIT {

    private static final Path JAR = Path.of("target", "cxone-sandbox.jar");

    @Test
    void theExecutableJarServesTheConfiguredClient() throws Exception {
        Process process = java("--port", "0", "--client-id", "standalone", "--client-secret", "s3cret", "--seed", "5");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("CXone sandbox listening on http://127.0.0.1:");
            URI base = URI.create(line.substring(line.indexOf("http://")));

            String basic = Base64.getEncoder().encodeToString("standalone:s3cret".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("access_token");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void helpListsEveryOptionWithItsDefault() throws Exception {
        Process process = java("--help");
        String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(help).contains("--port N", "(default: 8089)", "--state-file PATH", "--seed N", "--token-lifetime SECONDS",
                "--activation-delay MILLIS", "--fault-429 P", "--fault-500 P", "--fault-503 P", "--retry-after-style",
                "--retry-after-seconds N", "--latency-ms N", "--rate-limit N", "--rate-limit-window", "--outage",
                "--absolute-next-page-uris");
    }

    @Test
    void anUnknownOptionStopsWithExitCodeTwo() throws Exception {
        Process process = java("--chaos-monkey");
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(error).contains("--chaos-monkey");
    }

    private static Process java(String... args) throws IOException {
        assertThat(JAR).as("the shaded jar built by the package phase").exists();
        assertThat(Files.size(JAR)).as("a jar with its dependencies").isGreaterThan(1_000_000);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
