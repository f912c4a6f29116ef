package io.cxonebatch.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cxonebatch.sandbox.RequestKey;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every request goes through here. API calls: added latency, outage, route (404/405), bearer token (401), scope
 * (403), rate limit and random faults (429/500/503), and only then the endpoint, so a refused request has no side
 * effect; after the endpoint, the after-commit faults may replace a successful answer by a 500 (the side effects
 * stay). Token calls skip the token, scope, rate-limit and both kinds of fault; admin calls skip all of them and
 * are not counted. Counts record the status actually sent; settings PUTs without {@code If-Match} are counted on
 * arrival, before anything can refuse them. Paths the Admin dialect claims go to it whole: it has checks, counters
 * and errors of its own.
 */
public final class Dispatcher implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final String ADMIN_PREFIX = "/_sandbox/";

    private final Router api;
    private final Router admin;
    private final Dialect adminDialect;
    private final TokenService tokens;
    private final FaultInjector faults;
    private final RequestCounters counters;
    private final MissingIfMatchCounter missingIfMatch;
    private final String fallbackBaseUrl;

    public Dispatcher(Router api, Router admin, Dialect adminDialect, TokenService tokens, FaultInjector faults, RequestCounters counters,
            MissingIfMatchCounter missingIfMatch, String fallbackBaseUrl) {
        this.api = api;
        this.admin = admin;
        this.adminDialect = adminDialect;
        this.tokens = tokens;
        this.faults = faults;
        this.counters = counters;
        this.missingIfMatch = missingIfMatch;
        this.fallbackBaseUrl = fallbackBaseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            ApiRequest request = read(exchange);
            ApiResponse response = request.path().startsWith(ADMIN_PREFIX) ? answerAdmin(request)
                    : adminDialect.serves(request.path()) ? adminDialect.answer(request) : answerApi(request);
            send(exchange, response);
        } catch (RuntimeException | IOException e) {
            // The path only: a query such as ?phoneNumber= must not reach the log.
            LOG.log(Level.WARNING, "sandbox failed on " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(), e);
            trySend(exchange, ApiResponse.error(500, "sandbox failure: " + e, null));
        } finally {
            exchange.close();
        }
    }

    private ApiResponse answerAdmin(ApiRequest request) {
        Router.Resolution resolution = admin.resolve(request.method(), request.path());
        return resolution instanceof Router.Resolution.Found found ? call(found, request) : unrouted(resolution, request);
    }

    private ApiResponse answerApi(ApiRequest request) {
        Router.Resolution resolution = api.resolve(request.method(), request.path());
        if (resolution instanceof Router.Resolution.Found found) {
            missingIfMatch.observe(request.method(), found.route().path().template(), request);
        }
        ApiResponse response = decide(resolution, request);
        counters.record(request.method(), template(resolution), response.status());
        return response;
    }

    private ApiResponse decide(Router.Resolution resolution, ApiRequest request) {
        faults.delay();
        Optional<ApiResponse> outage = faults.outage();
        if (outage.isPresent()) {
            return outage.get();
        }
        if (!(resolution instanceof Router.Resolution.Found found)) {
            return unrouted(resolution, request);
        }
        String scope = found.route().requiredScope();
        if (scope == null) {
            return call(found, request);
        }
        String authorization = request.header("authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorized("a bearer token is required");
        }
        Optional<TokenService.IssuedToken> token = tokens.verify(authorization.substring(7).trim());
        if (token.isEmpty()) {
            return unauthorized("the bearer token is unknown, expired or revoked");
        }
        if (!token.get().scopes().contains(scope)) {
            return ApiResponse.error(403, "the token lacks scope " + scope + ", which " + request.method() + " "
                    + found.route().path().template() + " requires", scope);
        }
        return faults.rateLimit(token.get().clientId())
                .or(faults::randomFault)
                .orElseGet(() -> faults.afterCommit(request.method(), found.route().path().template(), call(found, request)));
    }

    private static String template(Router.Resolution resolution) {
        if (resolution instanceof Router.Resolution.Found found) {
            return found.route().path().template();
        }
        if (resolution instanceof Router.Resolution.WrongMethod wrong) {
            return wrong.template();
        }
        return RequestKey.UNMATCHED;
    }

    private static ApiResponse call(Router.Resolution.Found found, ApiRequest request) {
        try {
            return found.route().endpoint().handle(request.withPathVariables(found.variables()));
        } catch (RequestRejectedException e) {
            return e.toResponse();
        }
    }

    private static ApiResponse unrouted(Router.Resolution resolution, ApiRequest request) {
        if (resolution instanceof Router.Resolution.WrongMethod wrong) {
            return ApiResponse.error(405, request.method() + " is not allowed on " + wrong.template()
                    + "; allowed: " + wrong.allowedMethods(), null).withHeader("Allow", wrong.allowedMethods());
        }
        return ApiResponse.error(404, "no resource at " + request.path(), null);
    }

    private static ApiResponse unauthorized(String message) {
        return ApiResponse.error(401, message, null).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    private ApiRequest read(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        List<String> host = headers.get("host");
        String baseUrl = host == null || host.isEmpty() ? fallbackBaseUrl : "http://" + host.get(0);
        String rawPath = exchange.getRequestURI().getRawPath();
        return new ApiRequest(exchange.getRequestMethod(), rawPath == null ? "/" : rawPath,
                query(exchange.getRequestURI().getRawQuery()), headers, body, Map.of(), baseUrl);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        boolean withBody = body.length > 0 && !exchange.getRequestMethod().equals("HEAD") && response.status() != 204;
        exchange.sendResponseHeaders(response.status(), withBody ? body.length : -1);
        if (withBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void trySend(HttpExchange exchange, ApiResponse response) {
        try {
            send(exchange, response);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "could not answer after a failure; the response had already started", e);
        }
    }
}
