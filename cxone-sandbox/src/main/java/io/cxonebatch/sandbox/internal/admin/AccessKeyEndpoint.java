package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiRequest;
import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Endpoint;
import io.cxonebatch.sandbox.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /authentication/v1/token/access-key} with {@code {"accessKeyId","accessKeySecret"}} as JSON. A wrong
 * key is a 401 in the Auth error shape; a body that is not that JSON object is a 400.
 */
final class AccessKeyEndpoint implements Endpoint {

    private final AdminConfig config;
    private final AccessTokens tokens;

    AccessKeyEndpoint(AdminConfig config, AccessTokens tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        tokens.countRequest();
        String contentType = request.header("content-type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new AdminRejection(415, "invalid_request", "Content-Type must be application/json");
        }
        ObjectNode body = Json.parseObject(request.body());
        JsonNode id = body.path("accessKeyId");
        JsonNode secret = body.path("accessKeySecret");
        if (!id.isString() || !secret.isString()) {
            throw new AdminRejection(400, "invalid_request", "accessKeyId and accessKeySecret are required");
        }
        if (!matches(id.stringValue(), config.accessKeyId()) || !matches(secret.stringValue(), config.accessKeySecret())) {
            throw new AdminRejection(401, "invalid_client", "access key authentication failed");
        }
        AccessTokens.Grant grant = tokens.issue();
        ObjectNode answer = Json.object()
                .put("access_token", grant.accessToken())
                .put("token_type", "Bearer")
                .put("expires_in", grant.expiresInSeconds())
                .put("refresh_token", grant.refreshToken())
                .put("id_token", grant.idToken());
        return ApiResponse.json(200, answer).withHeader("Cache-Control", "no-store");
    }

    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
