package io.cxonebatch.adapters.cxone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted CXone on 127.0.0.1: each test stubs the answers of an endpoint (a sequence whose last answer
 * repeats), then inspects the requests it saw. The token endpoint at {@code /oauth/token} issues a new token per
 * request unless a test stubs it otherwise, and remembers when each one expires ({@link #whileTokenLives});
 * anything not stubbed answers 404.
 */
final class ScriptedCxone implements AutoCloseable {

    static {
        // Without it the JDK server delays each response by ~40 ms (Nagle + delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final String TOKEN_PATH = "/oauth/token";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Responder>> stubs = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Map<String, Long> tokenExpiryNanos = new ConcurrentHashMap<>();
    private final AtomicInteger expiredTokensSeen = new AtomicInteger();

    private ScriptedCxone() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        stub("POST", TOKEN_PATH, tokens(3600));
        server.start();
    }

    static ScriptedCxone start() {
        try {
            return new ScriptedCxone();
        } catch (IOException e) {
            throw new IllegalStateException("fake CXone did not start", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers requests to {@code method path} with these responses in turn, the last one repeating. */
    ScriptedCxone stub(String method, String path, Responder... responses) {
        Deque<Responder> queue = new ArrayDeque<>(List.of(responses));
        stubs.put(method + " " + path, queue);
        return this;
    }

    /** A responder issuing a fresh token ({@code access-token-N-…}) that lives this many seconds. */
    Responder tokens(long lifetimeSeconds) {
        return request -> {
            String token = token(tokensIssued.incrementAndGet());
            tokenExpiryNanos.put(token, System.nanoTime() + Duration.ofSeconds(lifetimeSeconds).toNanos());
            return Reply.json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + lifetimeSeconds + "}");
        };
    }

    /** Answers 401 to a request whose bearer token this fake issued and has expired, else as {@code valid} says. */
    Responder whileTokenLives(Responder valid) {
        return request -> {
            String authorization = request.header("Authorization");
            Long expiry = authorization == null ? null : tokenExpiryNanos.get(authorization.substring("Bearer ".length()));
            if (expiry != null && System.nanoTime() - expiry >= 0) {
                expiredTokensSeen.incrementAndGet();
                return Reply.json(401, "{\"message\":\"token expired\"}");
            }
            return valid.respond(request);
        };
    }

    /** How many requests {@link #whileTokenLives} refused for an expired token. */
    int expiredTokensSeen() {
        return expiredTokensSeen.get();
    }

    /** The value of the n-th token issued, counting from 1. */
    static String token(int n) {
        return "access-token-" + n + "-q7Xv9kLmP2";
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    List<Recorded> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    List<Recorded> tokenRequests() {
        return requests("POST", TOKEN_PATH);
    }

    /** Requests other than token requests (to any token path the test used). */
    List<Recorded> apiRequests() {
        return requests.stream().filter(r -> !r.path().contains("token")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), System.nanoTime());
            requests.add(request);
            Reply reply = next(request.method() + " " + request.path()).respond(request);
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            if (!reply.body().isEmpty()) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The client timed out and left; nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private Responder next(String key) {
        Deque<Responder> queue = stubs.get(key);
        if (queue == null) {
            return request -> Reply.json(404, "{\"message\":\"no stub for " + key + "\"}");
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    /** Chooses the answer to one request. */
    @FunctionalInterface
    interface Responder {
        Reply respond(Recorded request);
    }

    /** One scripted answer; it is also a responder that always gives itself. */
    record Reply(int status, String body, Map<String, String> headers, Duration delay) implements Responder {

        static Reply json(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO);
        }

        static Reply status(int status) {
            return new Reply(status, "", Map.of(), Duration.ZERO);
        }

        Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, more, delay);
        }

        Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }

        @Override
        public Reply respond(Recorded request) {
            return this;
        }
    }

    /** A request as the fake saw it; header names are lower-case; {@code receivedNanos} is {@link System#nanoTime()}. */
    record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body, long receivedNanos) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
