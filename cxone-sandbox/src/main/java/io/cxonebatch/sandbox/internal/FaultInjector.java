package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.RetryAfterStyle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, before any side effect, whether a request is delayed, refused by the outage, rate limited or hit by a
 * random fault, and after the endpoint whether its successful answer is replaced by an after-commit 500. The
 * random draw of the n-th API request is a function of the seed and n, so one client calling in sequence sees
 * the same faults on every run; after-commit draws come from a sequence of their own.
 */
public final class FaultInjector {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final long RANDOM_FAULT_SALT = 0x0FA17L;
    private static final long AFTER_COMMIT_SALT = 0xC0117L;
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE");

    private final FaultSettings settings;
    private final long seed;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final AtomicLong draws = new AtomicLong();
    private final AtomicLong afterCommitDraws = new AtomicLong();

    public FaultInjector(FaultSettings settings, long seed, Clock clock) {
        this.settings = settings;
        this.seed = seed;
        this.clock = clock;
        this.rateLimiter = new RateLimiter(clock);
    }

    public FaultSettings settings() {
        return settings;
    }

    /** Waits the configured latency. */
    public void delay() {
        long millis = settings.latencyMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public Optional<ApiResponse> outage() {
        if (!settings.outage()) {
            return Optional.empty();
        }
        return Optional.of(ApiResponse.error(503, "CXone is unavailable: the sandbox outage switch is on", null));
    }

    public Optional<ApiResponse> rateLimit(String client) {
        int limit = settings.rateLimitPerMinute();
        long waitSeconds = rateLimiter.admit(client, limit, settings.rateLimitWindow());
        if (waitSeconds == 0) {
            return Optional.empty();
        }
        return Optional.of(tooManyRequests(waitSeconds, "rate limit of " + limit + " requests per minute ("
                + settings.rateLimitWindow().name().toLowerCase(Locale.ROOT) + " window) exceeded for client " + client));
    }

    public Optional<ApiResponse> randomFault() {
        double p429 = settings.probability429();
        double p500 = settings.probability500();
        double p503 = settings.probability503();
        double draw = Mix.unit(Mix.hash(seed, RANDOM_FAULT_SALT, draws.incrementAndGet()));
        if (draw < p429) {
            return Optional.of(tooManyRequests(settings.retryAfterSeconds(), "too many requests (injected fault)"));
        }
        if (draw < p429 + p500) {
            return Optional.of(ApiResponse.error(500, "internal server error (injected fault)", null));
        }
        if (draw < p429 + p500 + p503) {
            return Optional.of(ApiResponse.error(503, "service unavailable (injected fault)", null));
        }
        return Optional.empty();
    }

    /**
     * The answer to send once the endpoint has run: its own, or a 500 when it succeeded ({@code 2xx}) and a
     * pending {@code failAfterCommit} of the route or the after-commit probability says so. Every mutating
     * request takes one after-commit draw whatever its answer, so the n-th mutating call always gets the n-th draw.
     */
    public ApiResponse afterCommit(String method, String pathTemplate, ApiResponse answer) {
        boolean drawn = MUTATING.contains(method)
                && Mix.unit(Mix.hash(seed, AFTER_COMMIT_SALT, afterCommitDraws.incrementAndGet())) < settings.probability500AfterCommit();
        if (answer.status() < 200 || answer.status() > 299) {
            return answer;
        }
        // The pending count is used up even when the draw would fault anyway: it always means the next n successes.
        if (settings.takeFailAfterCommit(method, pathTemplate) || drawn) {
            return ApiResponse.error(500, "internal server error after the change was saved (injected fault)", null);
        }
        return answer;
    }

    public void resetRateLimits() {
        rateLimiter.reset();
    }

    private ApiResponse tooManyRequests(long seconds, String message) {
        String retryAfter;
        if (settings.retryAfterStyle() == RetryAfterStyle.HTTP_DATE) {
            long epochSecond = Math.floorDiv(clock.millis() + 999, 1000) + seconds;
            retryAfter = HTTP_DATE.format(Instant.ofEpochSecond(epochSecond));
        } else {
            retryAfter = Long.toString(seconds);
        }
        return ApiResponse.error(429, message, null).withHeader("Retry-After", retryAfter);
    }
}
