package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyIT {

    private static final int THREADS = 8;

    @Test
    void eightThreadsCreatingCampaignsGetUniqueIdsAndExactCounts() throws Exception {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            Collection<String> ids = new ConcurrentLinkedQueue<>();

            inParallel(thread -> {
                for (int i = 0; i < 25; i++) {
                    ids.add(client.createCampaign("Thread " + thread + " campaign " + i, "PREDICTIVE"));
                }
                return null;
            });

            assertThat(ids).hasSize(200).doesNotHaveDuplicates();
            assertThat(sandbox.inspect().campaigns()).hasSize(200);
            assertThat(sandbox.inspect().requestCount("POST", "/api/v2/campaigns", 201)).isEqualTo(200);
            assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
        }
    }

    @Test
    void ofConcurrentCreationsWithOneNameExactlyOneSucceeds() throws Exception {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);

            List<Integer> statuses = inParallel(thread ->
                    client.post("/api/v2/campaigns", SandboxClient.campaignJson("Contended", "PREDICTIVE")).status());

            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
            assertThat(sandbox.inspect().campaigns()).hasSize(1);
        }
    }

    @Test
    void ofConcurrentUpdatesNamingOneVersionExactlyOneWins() throws Exception {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Raced", "PREDICTIVE");

            List<Integer> statuses = inParallel(thread -> client.put("/api/v2/outbound/campaigns/" + id,
                    "{\"maxConcurrentCalls\":" + (10 + thread) + "}", "If-Match", "\"1\"").status());

            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 412);
            assertThat(sandbox.inspect().campaign(id).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void concurrentPreviewActivationsNeverExceedTheLicensedLimit() throws Exception {
        EngineLimits limits = EngineLimits.defaults().withLicensedConcurrentPreviews(3);
        try (CxoneSandbox sandbox = CxoneSandbox.builder().engineLimits(limits).start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            List<String> previews = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                previews.add(client.createCampaign("Preview " + i, "PREVIEW"));
            }

            List<Integer> statuses = inParallel(thread -> client.post("/api/v2/campaigns/" + previews.get(thread) + "/activate", "").status());

            assertThat(statuses.stream().filter(status -> status == 202).count()).isEqualTo(3);
            assertThat(statuses.stream().filter(status -> status == 422).count()).isEqualTo(THREADS - 3);
        }
    }

    @Test
    void concurrentSettingsPutsTakeEachPendingConcurrentEditExactlyOnce() throws Exception {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                ids.add(client.createCampaign("Edited " + i, "PREDICTIVE"));
            }
            sandbox.faults().concurrentEdits(50);

            List<Integer> successes = inParallel(thread -> {
                int ok = 0;
                for (int i = 0; i < 20; i++) {
                    ok += client.put("/api/v2/outbound/campaigns/" + ids.get(thread), "{\"maxConcurrentCalls\":" + (10 + i) + "}",
                            "If-Match", "*").status() == 200 ? 1 : 0;
                }
                return ok;
            });

            assertThat(successes).containsOnly(20);
            assertThat(sandbox.faults().concurrentEdits()).isZero();
            long versions = sandbox.inspect().campaigns().stream().mapToLong(SandboxCampaign::version).sum();
            assertThat(versions).isEqualTo(THREADS * (1 + 20) + 50);
        }
    }

    @Test
    void concurrentStatusOverridesEachMoveTheVersionOnce() throws Exception {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            String id = SandboxClient.connect(sandbox).createCampaign("Overridden", "PREDICTIVE");
            List<String> statuses = List.of("ACTIVE", "PAUSED", "COMPLETED", "CANCELED");

            inParallel(thread -> {
                for (int i = 0; i < 25; i++) {
                    sandbox.operator().setStatus(id, statuses.get((thread + i) % statuses.size()));
                }
                return null;
            });

            assertThat(sandbox.inspect().campaign(id).orElseThrow().version()).isEqualTo(1 + THREADS * 25);
        }
    }

    @Test
    void ofConcurrentDeletionsOfOneCampaignExactlyOneSucceeds() throws Exception {
        try (CxoneSandbox sandbox = CxoneSandbox.builder().start()) {
            SandboxClient client = SandboxClient.connect(sandbox);
            String id = client.createCampaign("Deleted once", "PREDICTIVE");

            List<Boolean> deleted = inParallel(thread -> {
                try {
                    sandbox.operator().delete(id);
                    return true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            });

            assertThat(deleted).containsOnlyOnce(true);
            assertThat(client.get("/api/v2/campaigns/" + id).status()).isEqualTo(404);
            assertThat(sandbox.inspect().campaigns()).isEmpty();
        }
    }

    /** Runs the task once per thread, all released together, and returns the results in thread order. */
    private static <T> List<T> inParallel(ThreadTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int number = thread;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(number);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadTask<T> {
        T run(int thread) throws Exception;
    }
}
