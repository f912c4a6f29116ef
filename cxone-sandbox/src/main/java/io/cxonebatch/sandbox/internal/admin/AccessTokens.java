package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issues the access-key tokens: JWT-shaped ({@code alg none}, base64url parts, empty signature) with the claims
 * clients read ({@code tenantId}, {@code tenant}, {@code icBUId}, {@code icClusterId}, {@code role.legacyId}),
 * remembered in memory until they expire or are revoked. Unknown to the contract's token service and the reverse.
 */
final class AccessTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final AdminConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Long> expiries = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();

    AccessTokens(AdminConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The tokens of one grant. */
    record Grant(String accessToken, String idToken, String refreshToken, long expiresInSeconds) {
    }

    Grant issue() {
        long now = clock.millis();
        long lifetime = config.tokenLifetime().toMillis();
        String access = jwt(now, lifetime, "access");
        expiries.values().removeIf(expiry -> expiry <= now);
        expiries.put(access, now + lifetime);
        return new Grant(access, jwt(now, lifetime, "id"), BASE64URL.encodeToString(randomBytes()),
                Math.max(1, (lifetime + 999) / 1000));
    }

    boolean isValid(String token) {
        Long expiry = expiries.get(token);
        return expiry != null && expiry > clock.millis();
    }

    void expireAll() {
        expiries.clear();
    }

    void countRequest() {
        requests.increment();
    }

    long requests() {
        return requests.sum();
    }

    private String jwt(long now, long lifetime, String use) {
        ObjectNode header = Json.object().put("alg", "none").put("typ", "JWT");
        ObjectNode claims = Json.object()
                .put("iss", "https://cxone.niceincontact.com")
                .put("sub", "user:" + config.accessKeyId())
                .put("token_use", use)
                .put("tenantId", config.tenantId())
                .put("tenant", config.tenantName())
                .put("icBUId", config.businessUnitId())
                .put("icClusterId", config.clusterId())
                .put("iat", now / 1000)
                .put("exp", (now + lifetime) / 1000)
                .put("jti", BASE64URL.encodeToString(randomBytes()));
        claims.putObject("role").put("legacyId", "Administrator");
        return part(header) + "." + part(claims) + ".";
    }

    private static String part(ObjectNode json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return bytes;
    }
}
