package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.micrometer.core.instrument.Timer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The permit every request waits for before it is sent, token requests included: one per {@code 60 s / rate}, so a
 * burst is spread over the minute. Kept in this process ({@link #local}) or in PostgreSQL ({@link #shared}), where
 * every process and every job calling the same tenant (base URL and client id) draws from one budget. Every wait is
 * timed ({@code cxone.client.permit.wait}, by scope), so that a dashboard shows when the budget, not CXone, is slow.
 */
public abstract sealed class RequestPermits permits RequestPermits.Local, RequestPermits.Shared {

    private final Timer waits;

    private RequestPermits(ClientMetrics metrics, String scope) {
        this.waits = metrics.permitWaits(scope);
    }

    public static RequestPermits local(CxoneClientSettings settings, ClientMetrics metrics) {
        return new Local(ResiliencePolicies.rateLimiter(settings), metrics);
    }

    public static RequestPermits shared(DataSource dataSource, CxoneClientSettings settings, ClientMetrics metrics) {
        return new Shared(dataSource, settings, metrics);
    }

    /**
     * Waits for a permit, at most the settings' {@code maxWaitForPermit}.
     *
     * @throws CxoneRateLimitedException with status 0 when none came in time; nothing was sent
     */
    final void await(String operation) {
        long start = System.nanoTime();
        try {
            acquire(operation);
        } finally {
            waits.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    abstract void acquire(String operation);

    /** Resilience4j's limiter, in this process only. */
    static final class Local extends RequestPermits {

        private final RateLimiter limiter;

        Local(RateLimiter limiter, ClientMetrics metrics) {
            super(metrics, "process");
            this.limiter = limiter;
        }

        @Override
        void acquire(String operation) {
            try {
                RateLimiter.waitForPermission(limiter);
            } catch (RequestNotPermitted refused) {
                throw new CxoneRateLimitedException(operation, 0, "client rate limiter '" + limiter.getName()
                        + "' gave no permit within " + limiter.getRateLimiterConfig().getTimeoutDuration(), refused);
            }
        }
    }

    /**
     * Bucket4j's bucket in the table {@code rate_limit_bucket}, one row per tenant, updated under a row lock: a bucket
     * of one permit refilled every {@code 60 s / rate}, so that the processes together send no more than the rate.
     */
    static final class Shared extends RequestPermits {

        static final String TABLE = "rate_limit_bucket";

        private final BucketProxy bucket;
        private final Duration maxWait;
        private final String tenant;

        Shared(DataSource dataSource, CxoneClientSettings settings, ClientMetrics metrics) {
            super(metrics, "tenant");
            ProxyManager<Long> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).table(TABLE).build();
            Duration period = Duration.ofMinutes(1).dividedBy(settings.rateLimitPerMinute());
            BucketConfiguration configuration = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, period).initialTokens(1).build())
                    .build();
            this.tenant = settings.tenant();
            this.bucket = buckets.builder().build(key(settings.baseUrl() + "|" + settings.clientId()), () -> configuration);
            this.maxWait = settings.maxWaitForPermit();
        }

        @Override
        void acquire(String operation) {
            try {
                if (!bucket.asBlocking().tryConsume(1, maxWait)) {
                    throw new CxoneRateLimitedException(operation, 0, "the tenant's shared request budget (" + tenant
                            + ") gave no permit within " + maxWait, null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CxoneRateLimitedException(operation, 0, "interrupted while waiting for the tenant's request budget", e);
            }
        }

        /** The tenant's bucket id: the first eight bytes of a SHA-256 of what identifies the tenant's budget. */
        static long key(String tenant) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(tenant.getBytes(StandardCharsets.UTF_8));
                return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
