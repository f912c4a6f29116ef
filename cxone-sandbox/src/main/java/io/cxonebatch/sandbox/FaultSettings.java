package io.cxonebatch.sandbox;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults a sandbox injects, changeable while it runs; every setter is safe to call from any thread and takes
 * effect on the next request.
 *
 * <p>The three probabilities are drawn from one number per request, so a request gets at most one of them and
 * their effective sum is capped at 1. A faulted request is answered before any side effect. The token endpoint
 * is exempt from the random faults and the rate limit, but not from latency or the outage.
 *
 * <p>The after-commit faults ({@link #failAfterCommit(String, String, int)}, {@link #probability500AfterCommit(double)})
 * are the opposite: the endpoint runs with all its side effects and only then is its successful ({@code 2xx})
 * answer replaced by a {@code 500}, so a client cannot tell a lost change from a saved one. A {@code 4xx} answer
 * of the endpoint is never replaced. The token endpoint is exempt from them too.
 *
 * <p>{@link #concurrentEdits(int)} is a fault of another kind: no error is injected, another writer just wins the
 * race, and the contract's own {@code 412} follows, so that a client's re-read-and-retry loop can be tested.
 */
public final class FaultSettings {

    private volatile double probability429;
    private volatile double probability500;
    private volatile double probability503;
    private volatile RetryAfterStyle retryAfterStyle = RetryAfterStyle.SECONDS;
    private volatile int retryAfterSeconds = 1;
    private volatile long latencyMillis;
    private volatile int rateLimitPerMinute;
    private volatile RateLimitWindow rateLimitWindow = RateLimitWindow.SLIDING;
    private volatile boolean outage;
    private volatile boolean absoluteNextPageUris;
    private volatile double probability500AfterCommit;
    /** Pending after-commit 500s by {@code "METHOD /template"}; a key is removed when its count reaches 0. */
    private final ConcurrentHashMap<String, Integer> failAfterCommit = new ConcurrentHashMap<>();
    /** Settings PUTs with {@code If-Match} still to meet another writer's change. */
    private final AtomicInteger concurrentEdits = new AtomicInteger();

    /** No faults: what a sandbox starts with unless told otherwise. */
    public static FaultSettings none() {
        return new FaultSettings();
    }

    /** Probability in [0, 1] that an API call answers {@code 429} with a {@code Retry-After}. */
    public FaultSettings probability429(double probability) {
        this.probability429 = requireProbability("probability429", probability);
        return this;
    }

    /** Probability in [0, 1] that an API call answers {@code 500}. */
    public FaultSettings probability500(double probability) {
        this.probability500 = requireProbability("probability500", probability);
        return this;
    }

    /** Probability in [0, 1] that an API call answers {@code 503}. */
    public FaultSettings probability503(double probability) {
        this.probability503 = requireProbability("probability503", probability);
        return this;
    }

    /** The form of {@code Retry-After} on every {@code 429}, random or from the rate limit. */
    public FaultSettings retryAfterStyle(RetryAfterStyle style) {
        if (style == null) {
            throw new IllegalArgumentException("retryAfterStyle must not be null");
        }
        this.retryAfterStyle = style;
        return this;
    }

    /** The {@code Retry-After} of a random {@code 429}, in seconds, at least 0. */
    public FaultSettings retryAfterSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 0, got " + seconds);
        }
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Latency added before every answer but those of the admin API, in milliseconds, at least 0. */
    public FaultSettings latencyMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("latencyMillis must be at least 0, got " + millis);
        }
        this.latencyMillis = millis;
        return this;
    }

    /** Same as {@link #latencyMillis(long)}. */
    public FaultSettings latency(Duration latency) {
        return latencyMillis(latency.toMillis());
    }

    /** Requests per minute each OAuth client may make to the API before it gets {@code 429}; 0 switches it off. */
    public FaultSettings rateLimitPerMinute(int requests) {
        if (requests < 0) {
            throw new IllegalArgumentException("rateLimitPerMinute must be at least 0, got " + requests);
        }
        this.rateLimitPerMinute = requests;
        return this;
    }

    /** How the rate limit counts its minute. */
    public FaultSettings rateLimitWindow(RateLimitWindow window) {
        if (window == null) {
            throw new IllegalArgumentException("rateLimitWindow must not be null");
        }
        this.rateLimitWindow = window;
        return this;
    }

    /** When on, every call but the admin API answers {@code 503}, token calls included. */
    public FaultSettings outage(boolean on) {
        this.outage = on;
        return this;
    }

    /** When on, {@code nextPageUri} is absolute ({@code http://host:port/...}) instead of relative to the base URL. */
    public FaultSettings absoluteNextPageUris(boolean on) {
        this.absoluteNextPageUris = on;
        return this;
    }

    /**
     * The next {@code times} requests to one route that the endpoint answers with {@code 2xx} keep their side
     * effects but answer {@code 500}; later ones are normal again. Requests refused before the endpoint (401, 403,
     * 429, random faults) and {@code 4xx} answers do not use one up. Replaces any count pending for the route;
     * 0 removes it. Independent of the seed, for tests that need the fault on one exact call.
     *
     * @param method the HTTP method, such as {@code POST}
     * @param pathTemplate the route template as request counts name it, such as {@code /api/v2/webhooks} or
     *     {@code /api/v2/campaigns/{id}/activate}
     */
    public FaultSettings failAfterCommit(String method, String pathTemplate, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("failAfterCommit times must be at least 0, got " + times);
        }
        String route = route(method, pathTemplate);
        if (times == 0) {
            failAfterCommit.remove(route);
        } else {
            failAfterCommit.put(route, times);
        }
        return this;
    }

    /**
     * Probability in [0, 1] that a mutating API call ({@code POST}, {@code PUT}, {@code DELETE}) the endpoint
     * answers with {@code 2xx} keeps its side effects but answers {@code 500}. Drawn from the seed like the other
     * probabilities, but from a sequence of its own (one draw per mutating call that reaches its endpoint), so
     * setting it changes none of their draws.
     */
    public FaultSettings probability500AfterCommit(double probability) {
        this.probability500AfterCommit = requireProbability("probability500AfterCommit", probability);
        return this;
    }

    /**
     * The next {@code times} requests {@code PUT /api/v2/outbound/campaigns/{id}} that carry an {@code If-Match}
     * header find that another writer changed the campaign's settings just before them: the campaign moves on by
     * one version (through the same update a PUT makes, with nothing changed that a client set), so a version the
     * client read before is stale and it gets the contract's {@code 412}; later PUTs are normal again. A PUT
     * without {@code If-Match} does not use one up, nor does one refused before the version check: by the
     * dispatcher (401, 403, 429, random faults), for an unknown campaign (404), or for a body that is no JSON
     * object or names another campaign's id (400). {@code PUT .../agents} is another route and never meets one.
     * {@code If-Match: *} matches any version, so such a PUT still succeeds, on top of the other writer's change.
     * Replaces any count pending; 0 removes it. Independent of the seed, like
     * {@link #failAfterCommit(String, String, int)}.
     */
    public FaultSettings concurrentEdits(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("concurrentEdits times must be at least 0, got " + times);
        }
        concurrentEdits.set(times);
        return this;
    }

    /**
     * Uses up one pending {@link #concurrentEdits(int)}, if there is one. The sandbox calls this once for each
     * settings PUT with {@code If-Match} that reaches its version check, holding the campaign's monitor.
     *
     * @return whether another writer is to change the campaign before this request's version check
     */
    public boolean takeConcurrentEdit() {
        return concurrentEdits.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    /**
     * Uses up one pending {@link #failAfterCommit(String, String, int)} answer of the route, if there is one. The
     * sandbox calls this once for each request its endpoint answered with {@code 2xx}.
     *
     * @return whether this request is to answer {@code 500}
     */
    public boolean takeFailAfterCommit(String method, String pathTemplate) {
        String route = route(method, pathTemplate);
        // Compare-and-set, so that concurrent requests never take one count twice.
        while (true) {
            Integer left = failAfterCommit.get(route);
            if (left == null) {
                return false;
            }
            if (left > 1 ? failAfterCommit.replace(route, left, left - 1) : failAfterCommit.remove(route, left)) {
                return true;
            }
        }
    }

    /** Copies every setting of {@code other} into this one and returns this. */
    public FaultSettings copyFrom(FaultSettings other) {
        probability429 = other.probability429;
        probability500 = other.probability500;
        probability503 = other.probability503;
        retryAfterStyle = other.retryAfterStyle;
        retryAfterSeconds = other.retryAfterSeconds;
        latencyMillis = other.latencyMillis;
        rateLimitPerMinute = other.rateLimitPerMinute;
        rateLimitWindow = other.rateLimitWindow;
        outage = other.outage;
        absoluteNextPageUris = other.absoluteNextPageUris;
        probability500AfterCommit = other.probability500AfterCommit;
        Map<String, Integer> pending = Map.copyOf(other.failAfterCommit);
        failAfterCommit.clear();
        failAfterCommit.putAll(pending);
        concurrentEdits.set(other.concurrentEdits.get());
        return this;
    }

    /** Back to {@link #none()}. */
    public FaultSettings clear() {
        return copyFrom(none());
    }

    public double probability429() {
        return probability429;
    }

    public double probability500() {
        return probability500;
    }

    public double probability503() {
        return probability503;
    }

    public RetryAfterStyle retryAfterStyle() {
        return retryAfterStyle;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long latencyMillis() {
        return latencyMillis;
    }

    public int rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public RateLimitWindow rateLimitWindow() {
        return rateLimitWindow;
    }

    public boolean outage() {
        return outage;
    }

    public boolean absoluteNextPageUris() {
        return absoluteNextPageUris;
    }

    public double probability500AfterCommit() {
        return probability500AfterCommit;
    }

    /** The settings PUTs with {@code If-Match} still to meet another writer's change; 0 when none are. */
    public int concurrentEdits() {
        return concurrentEdits.get();
    }

    /** The after-commit 500s still pending on one route; 0 when none are. */
    public int failAfterCommit(String method, String pathTemplate) {
        return failAfterCommit.getOrDefault(route(method, pathTemplate), 0);
    }

    /** Every route with after-commit 500s pending, as {@code "METHOD /template"} to the count left, sorted. */
    public Map<String, Integer> failAfterCommit() {
        return Collections.unmodifiableMap(new TreeMap<>(failAfterCommit));
    }

    @Override
    public String toString() {
        return "FaultSettings[probability429=" + probability429 + ", probability500=" + probability500
                + ", probability503=" + probability503 + ", retryAfterStyle=" + retryAfterStyle
                + ", retryAfterSeconds=" + retryAfterSeconds + ", latencyMillis=" + latencyMillis
                + ", rateLimitPerMinute=" + rateLimitPerMinute + ", rateLimitWindow=" + rateLimitWindow
                + ", outage=" + outage + ", absoluteNextPageUris=" + absoluteNextPageUris
                + ", probability500AfterCommit=" + probability500AfterCommit + ", failAfterCommit=" + failAfterCommit()
                + ", concurrentEdits=" + concurrentEdits + "]";
    }

    /** The key of one route: the method upper case, a space, the template. */
    private static String route(String method, String pathTemplate) {
        if (method == null || method.isBlank() || method.contains(" ")) {
            throw new IllegalArgumentException("failAfterCommit needs an HTTP method such as POST, got '" + method + "'");
        }
        if (pathTemplate == null || !pathTemplate.startsWith("/") || pathTemplate.contains(" ")) {
            throw new IllegalArgumentException("failAfterCommit needs a route template starting with /, got '" + pathTemplate + "'");
        }
        return method.toUpperCase(Locale.ROOT) + " " + pathTemplate;
    }

    private static double requireProbability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
        return value;
    }
}
