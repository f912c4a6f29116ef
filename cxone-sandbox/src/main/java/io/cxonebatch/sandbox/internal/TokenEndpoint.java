package io.cxonebatch.sandbox.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth 2.0 client-credentials token endpoint (RFC 6749 §4.4), in both request styles of the contract:
 * a form with HTTP Basic client authentication (or {@code client_id}/{@code client_secret} in the form), and JSON.
 * Errors use the OAuth form {@code {"error","error_description"}}.
 */
public final class TokenEndpoint implements Endpoint {

    private final SandboxConfig config;
    private final TokenService tokens;

    public TokenEndpoint(SandboxConfig config, TokenService tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        tokens.countRequest();
        Map<String, String> parameters = parameters(request);
        if (parameters == null) {
            return oauthError(400, "invalid_request", "body must be a form or a JSON object");
        }
        String[] credentials = credentials(request, parameters);
        if (credentials == null || !matches(credentials[0], config.clientId()) || !matches(credentials[1], config.clientSecret())) {
            return oauthError(401, "invalid_client", "client authentication failed")
                    .withHeader("WWW-Authenticate", "Basic realm=\"cxone-sandbox\"");
        }
        String grantType = parameters.get("grant_type");
        if (grantType == null) {
            return oauthError(400, "invalid_request", "grant_type is required");
        }
        if (!grantType.equals("client_credentials")) {
            return oauthError(400, "unsupported_grant_type", "only client_credentials is supported, got " + grantType);
        }
        Set<String> scopes = grantedScopes(parameters.get("scope"));
        if (scopes.isEmpty() && !config.grantedScopes().isEmpty()) {
            return oauthError(400, "invalid_scope", "none of the requested scopes is granted to this client");
        }
        ObjectNode body = Json.object()
                .put("access_token", tokens.issue(credentials[0], scopes))
                .put("token_type", "Bearer")
                .put("expires_in", tokens.lifetimeSeconds())
                .put("scope", String.join(" ", scopes));
        return ApiResponse.json(200, body).withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }

    private Set<String> grantedScopes(@Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(config.grantedScopes().stream().sorted().toList());
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String scope : requested.trim().split("\\s+")) {
            if (config.grantedScopes().contains(scope)) {
                granted.add(scope);
            }
        }
        return granted;
    }

    private static @Nullable Map<String, String> parameters(ApiRequest request) {
        String contentType = request.header("content-type");
        String text = new String(request.body(), StandardCharsets.UTF_8).trim();
        boolean json = contentType != null ? contentType.toLowerCase(Locale.ROOT).contains("json") : text.startsWith("{");
        if (!json) {
            return form(text);
        }
        ObjectNode object;
        try {
            object = Json.parseObject(request.body());
        } catch (RequestRejectedException e) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        object.properties().forEach(entry -> {
            if (entry.getValue().isString()) {
                parameters.put(entry.getKey(), entry.getValue().stringValue());
            }
        });
        return parameters;
    }

    private static Map<String, String> form(String text) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Basic authentication first (RFC 6749 §2.3.1 encodes both parts as form values), else the body's fields. */
    private static String @Nullable [] credentials(ApiRequest request, Map<String, String> parameters) {
        String authorization = request.header("authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            try {
                return new String[] {
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
                };
            } catch (IllegalArgumentException e) {
                // a raw '%' not followed by two hex digits: the client did not form-encode, so it cannot authenticate
                return null;
            }
        }
        String id = parameters.get("client_id");
        String secret = parameters.get("client_secret");
        return id == null || secret == null ? null : new String[] {id, secret};
    }

    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        return ApiResponse.json(status, Json.object().put("error", error).put("error_description", description));
    }
}
