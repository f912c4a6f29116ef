package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.RequestKey;
import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Dialect;
import io.cxonebatch.sandbox.internal.FaultInjector;
import io.cxonebatch.sandbox.internal.Json;
import io.cxonebatch.sandbox.internal.RequestCounters;
import io.cxonebatch.sandbox.internal.RequestRejectedException;
import io.cxonebatch.sandbox.internal.Router;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every Admin-dialect request: latency, outage, route (404/405), bearer token (401), {@code Accept} (406, "No
 * known way to render data"), the sandbox's rate limit under the tenant's one budget (429), random faults,
 * {@code Content-Type} of a body (415), the endpoint, then the after-commit faults. The token and discovery routes
 * skip everything after the route. Refusals use the Admin error shape; a 429 carries no {@code Retry-After}, since
 * the live API gives none to rely on.
 */
final class AdminDialect implements Dialect {

    /** The marker, in a route's scope slot, of routes that need an access-key bearer token. */
    static final String BEARER = "admin-bearer";
    static final String SERVICES = "/inContactAPI/services/";
    static final String TOKEN_PATH = "/authentication/v1/token/access-key";
    static final String DISCOVERY_PATH = "/.well-known/cxone-configuration";
    static final String NOT_RENDERABLE = "No known way to render data";

    private final Router router;
    private final AccessTokens tokens;
    private final FaultInjector faults;
    private final RequestCounters counters;
    private final String budgetKey;

    /** @param budgetKey the rate-limit key of the tenant, the one the contract's calls count under */
    AdminDialect(Router router, AccessTokens tokens, FaultInjector faults, RequestCounters counters, String budgetKey) {
        this.router = router;
        this.tokens = tokens;
        this.faults = faults;
        this.counters = counters;
        this.budgetKey = budgetKey;
    }

    @Override
    public boolean serves(String path) {
        return path.startsWith(SERVICES) || path.equals(TOKEN_PATH) || path.equals(DISCOVERY_PATH);
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        Router.Resolution resolution = router.resolve(request.method(), request.path());
        ApiResponse response = decide(resolution, request);
        counters.record(request.method(), template(resolution), response.status());
        return response;
    }

    private ApiResponse decide(Router.Resolution resolution, ApiRequest request) {
        faults.delay();
        Optional<ApiResponse> outage = faults.outage();
        if (outage.isPresent()) {
            return reshape(outage.get());
        }
        if (resolution instanceof Router.Resolution.WrongMethod wrong) {
            return AdminRejection.response(405, AdminRejection.code(405), request.method() + " is not allowed on "
                    + wrong.template()).withHeader("Allow", wrong.allowedMethods());
        }
        if (!(resolution instanceof Router.Resolution.Found found)) {
            return AdminRejection.response(404, AdminRejection.code(404), "no resource at " + request.path());
        }
        if (found.route().requiredScope() == null) {
            return call(found, request);
        }
        String authorization = request.header("authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || !tokens.isValid(authorization.substring(7).trim())) {
            return AdminRejection.response(401, AdminRejection.code(401), "the bearer token is missing, unknown or expired")
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        if (!acceptsJson(request)) {
            return new ApiResponse(406, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    NOT_RENDERABLE.getBytes(StandardCharsets.UTF_8));
        }
        Optional<ApiResponse> refused = faults.rateLimit(budgetKey).or(faults::randomFault);
        if (refused.isPresent()) {
            return reshape(refused.get());
        }
        if (request.body().length > 0 && !isJson(request.header("content-type"))) {
            return AdminRejection.response(415, AdminRejection.code(415), "a body needs Content-Type: application/json");
        }
        String template = found.route().path().template();
        ApiResponse answer = call(found, request);
        ApiResponse sent = faults.afterCommit(request.method(), template, answer);
        return sent == answer ? answer : reshape(sent);
    }

    private static ApiResponse call(Router.Resolution.Found found, ApiRequest request) {
        try {
            return found.route().endpoint().handle(request.withPathVariables(found.variables()));
        } catch (AdminRejection e) {
            return e.toResponse();
        } catch (RequestRejectedException e) {
            return AdminRejection.response(e.status(), AdminRejection.code(e.status()), e.getMessage());
        }
    }

    /** A refusal of the shared fault machinery, in the Admin shape and without {@code Retry-After}. */
    private static ApiResponse reshape(ApiResponse refusal) {
        String message = Json.MAPPER.readTree(refusal.body()).path("message").asString();
        return AdminRejection.response(refusal.status(), AdminRejection.code(refusal.status()), message);
    }

    private static boolean acceptsJson(ApiRequest request) {
        List<String> values = request.headers().get("accept");
        return values != null && values.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("application/json"));
    }

    private static boolean isJson(@Nullable String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
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
}
