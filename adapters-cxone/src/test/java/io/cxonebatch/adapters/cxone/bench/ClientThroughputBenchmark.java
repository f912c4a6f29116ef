package io.cxonebatch.adapters.cxone.bench;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests per second of one call, {@code GET /api/v2/campaigns/{id}}, through the whole client ({@link CxoneAdapter}:
 * Feign, Resilience4j, token handling, metrics, JSON mapping) and through a bare JDK {@link HttpClient} holding a
 * pre-fetched token, sequentially and 8-way concurrently, against an in-process sandbox on 127.0.0.1 with no
 * latency, no faults and no server rate limit. The adapter's own rate limit is set far above what one machine
 * reaches, so it never throttles.
 *
 * <p>Run: {@code ./mvnw -B -q -pl adapters-cxone -am test-compile -Pbench}. System properties
 * {@code bench.warmupSeconds} (default 2) and {@code bench.seconds} (default 5) bound each phase.
 */
public final class ClientThroughputBenchmark {

    private static final String CLIENT_ID = "bench";
    private static final String CLIENT_SECRET = "bench-secret";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private ClientThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 2));
        Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
        try (CxoneSandbox sandbox = CxoneSandbox.builder().port(0).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).start()) {
            CxoneAdapter adapter = CxoneAdapter.create(CxoneClientSettings.builder(sandbox.baseUrl(), CLIENT_ID, CLIENT_SECRET)
                    .tenant("bench")
                    .rateLimitPerMinute(10_000_000)
                    .build(), new SimpleMeterRegistry());
            CampaignId id = adapter.createCampaign(campaign()).require();
            Call fullStack = () -> adapter.loadCampaign(id);
            Call bare = bareGet(sandbox.baseUrl(), id);

            List<String> rows = new ArrayList<>();
            for (int threads : new int[] {1, 8}) {
                String mode = threads == 1 ? "sequential" : threads + "-way concurrent";
                measure(bare, threads, warmup);
                double bareRate = measure(bare, threads, measure);
                measure(fullStack, threads, warmup);
                double fullRate = measure(fullStack, threads, measure);
                rows.add(String.format(Locale.ROOT, "| %-17s | %12.0f | %16.0f | %5.2f |", mode, bareRate, fullRate, fullRate / bareRate));
            }
            System.out.printf(Locale.ROOT, "warm-up %d s, measurement %d s per cell, GET /api/v2/campaigns/{id} on %s%n",
                    warmup.toSeconds(), measure.toSeconds(), sandbox.baseUrl());
            System.out.println("| mode              |   bare req/s | full-stack req/s | ratio |");
            System.out.println("|-------------------|-------------:|-----------------:|------:|");
            rows.forEach(System.out::println);
        }
    }

    /** One request; throws when it did not succeed, so a failing stack cannot look fast. */
    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    /** Calls per second that {@code threads} threads complete, each calling in a loop until the time is up. */
    private static double measure(Call call, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Future<Long>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    long done = 0;
                    while (System.nanoTime() < deadline) {
                        call.run();
                        done++;
                    }
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> worker : workers) {
                total += worker.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Call bareGet(URI base, CampaignId id) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String basic = URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !accessToken.find()) {
            throw new IllegalStateException("token request answered " + token.statusCode());
        }
        HttpRequest get = HttpRequest.newBuilder(base.resolve("/api/v2/campaigns/" + id.value()))
                .header("Authorization", "Bearer " + accessToken.group(1))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return () -> {
            HttpResponse<byte[]> response = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + get.uri() + " answered " + response.statusCode());
            }
        };
    }

    private static NewCampaign campaign() {
        ZoneId zone = ZoneId.of("America/New_York");
        ScheduleWindow window = new ScheduleWindow(zone, ZonedDateTime.of(2025, 3, 3, 8, 0, 0, 0, zone).toInstant(),
                ZonedDateTime.of(2025, 3, 3, 17, 0, 0, 0, zone).toInstant());
        return new NewCampaign("Throughput benchmark", CampaignType.PREDICTIVE, null, List.of(), List.of(), null, window,
                "queue_bench");
    }
}
