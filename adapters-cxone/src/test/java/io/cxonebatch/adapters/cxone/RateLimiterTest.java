package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Recorded;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final String CAMPAIGN = "/api/v2/campaigns/camp_1";
    private static final CampaignId ID = CampaignId.of("camp_1");
    private static final Reply CAMPAIGN_FOUND = Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}");

    private final ScriptedCxone fake = ScriptedCxone.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void spreadsABurstOfCallsOverTheConfiguredRate() {
        // 1200 a minute: one request every 50 ms.
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).rateLimitPerMinute(1200).build(), new SimpleMeterRegistry());
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);

        long started = System.nanoTime();
        for (int i = 0; i < 11; i++) {
            adapter.loadCampaign(ID);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        List<Recorded> requests = fake.requests("GET", CAMPAIGN);
        Duration spread = Duration.ofNanos(requests.get(10).receivedNanos() - requests.get(0).receivedNanos());
        assertThat(spread).isBetween(Duration.ofMillis(440), Duration.ofMillis(2000));
        assertThat(elapsed).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void takesAPermitForEveryRetryToo() {
        // 600 a minute: one permit per 100 ms cycle, though the backoff is a millisecond. Five calls that each
        // need a retry make ten requests, so ten cycles; without permits for retries they would need five.
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).rateLimitPerMinute(600)
                .circuitBreakerSlidingWindowSize(20).circuitBreakerMinimumCalls(20).build(), new SimpleMeterRegistry());
        Reply failure = Reply.status(503);
        fake.stub("GET", CAMPAIGN, failure, CAMPAIGN_FOUND, failure, CAMPAIGN_FOUND, failure, CAMPAIGN_FOUND, failure,
                CAMPAIGN_FOUND, failure, CAMPAIGN_FOUND);

        for (int i = 0; i < 5; i++) {
            adapter.loadCampaign(ID);
        }

        List<Recorded> requests = fake.requests("GET", CAMPAIGN);
        assertThat(requests).hasSize(10);
        assertThat(Duration.ofNanos(requests.get(9).receivedNanos() - requests.get(0).receivedNanos()))
                .isBetween(Duration.ofMillis(780), Duration.ofMillis(3000));
    }

    @Test
    void failsWithoutCallingCxoneWhenNoPermitComesInTime() throws Exception {
        // One permit a second, a wait of at most one: after the first call (two permits, the token's and its
        // own), of two calls at once one gets the next second's permit and the other would have to wait two.
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake)
                .rateLimitPerMinute(60).maxWaitForPermit(Duration.ofSeconds(1)).build(), new SimpleMeterRegistry());
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);
        adapter.loadCampaign(ID);

        List<Throwable> failures = new ArrayList<>();
        int succeeded = 0;
        for (Future<RemoteCampaign> call : concurrently(2, () -> adapter.loadCampaign(ID))) {
            try {
                call.get(5, TimeUnit.SECONDS);
                succeeded++;
            } catch (ExecutionException failed) {
                failures.add(failed.getCause());
            }
        }

        assertThat(succeeded).isEqualTo(1);
        assertThat(failures).singleElement()
                .isInstanceOfSatisfying(CxoneRateLimitedException.class, limited -> {
                    assertThat(limited.httpStatus()).isZero();
                    assertThat(limited.operation()).isEqualTo("GET /api/v2/campaigns/{id}");
                    assertThat(limited).hasMessageContaining("client rate limiter 'cxone-test' gave no permit within PT1S");
                });
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(2);
    }

    @Test
    void takesAPermitForTheTokenRequestToo() {
        // The first call's own permit is the only one this minute, so its token request finds none.
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake)
                .rateLimitPerMinute(1).maxWaitForPermit(Duration.ofMillis(100)).build(), new SimpleMeterRegistry());
        fake.stub("GET", CAMPAIGN, CAMPAIGN_FOUND);

        assertThatThrownBy(() -> adapter.loadCampaign(ID))
                .isInstanceOfSatisfying(CxoneRateLimitedException.class, limited -> {
                    assertThat(limited.httpStatus()).isZero();
                    assertThat(limited.operation()).isEqualTo("POST /oauth/token");
                })
                .hasMessageContaining("client rate limiter 'cxone-test' gave no permit within PT0.1S");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void sendsEveryCallWithALiveTokenThoughCallsQueueForPermitsLongerThanATokenLives() throws Exception {
        // 300 a minute and 8 threads: a call waits up to 1.6 s for its permit, while a token lives 2 s and is
        // due for replacement after 1 s. A token taken before that wait would often arrive expired.
        fake.stub("POST", ScriptedCxone.TOKEN_PATH, fake.tokens(2));
        fake.stub("GET", CAMPAIGN, fake.whileTokenLives(CAMPAIGN_FOUND));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).rateLimitPerMinute(300).build(),
                new SimpleMeterRegistry());
        int calls = 20;

        long started = System.nanoTime();
        for (Future<RemoteCampaign> call : concurrently(8, calls, () -> adapter.loadCampaign(ID))) {
            assertThat(call.get(15, TimeUnit.SECONDS).id()).isEqualTo(ID);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(fake.expiredTokensSeen()).isZero();
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(calls);
        assertThat(elapsed).isGreaterThan(Duration.ofSeconds(4));
        assertThat(fake.tokenRequests()).hasSizeGreaterThanOrEqualTo(2);
    }

    private static <T> List<Future<T>> concurrently(int calls, Callable<T> call) throws InterruptedException {
        return concurrently(calls, calls, call);
    }

    /** Starts the calls at once on this many threads; the futures are done when this returns. */
    private static <T> List<Future<T>> concurrently(int threads, int calls, Callable<T> call)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
            return futures;
        } finally {
            pool.shutdownNow();
        }
    }
}
